-- Parley: one database and one user per service (each service owns its schema; Flyway
-- migrates it at start). Run by the mysql image on first start only (empty data volume).
--
-- LOCAL-DEVELOPMENT PASSWORDS ONLY. They match the defaults in docker-compose.yml
-- (${<SERVICE>_DB_PASSWORD:-<db>-dev-password}). If you override a *_DB_PASSWORD variable,
-- change it here too (or run ALTER USER ... IDENTIFIED BY ... as root), and never reuse
-- these values outside a developer machine. In Kubernetes the passwords come from Secrets.
--
-- Each user gets privileges on its own database only: no service can read another's tables.

CREATE DATABASE IF NOT EXISTS `gateway` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'gateway'@'%' IDENTIFIED BY 'gateway-dev-password';
GRANT ALL PRIVILEGES ON `gateway`.* TO 'gateway'@'%';

CREATE DATABASE IF NOT EXISTS `ingest` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'ingest'@'%' IDENTIFIED BY 'ingest-dev-password';
GRANT ALL PRIVILEGES ON `ingest`.* TO 'ingest'@'%';

CREATE DATABASE IF NOT EXISTS `analysis` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'analysis'@'%' IDENTIFIED BY 'analysis-dev-password';
GRANT ALL PRIVILEGES ON `analysis`.* TO 'analysis'@'%';

CREATE DATABASE IF NOT EXISTS `learning` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'learning'@'%' IDENTIFIED BY 'learning-dev-password';
GRANT ALL PRIVILEGES ON `learning`.* TO 'learning'@'%';

CREATE DATABASE IF NOT EXISTS `routing` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'routing'@'%' IDENTIFIED BY 'routing-dev-password';
GRANT ALL PRIVILEGES ON `routing`.* TO 'routing'@'%';

CREATE DATABASE IF NOT EXISTS `insights` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'insights'@'%' IDENTIFIED BY 'insights-dev-password';
GRANT ALL PRIVILEGES ON `insights`.* TO 'insights'@'%';

CREATE DATABASE IF NOT EXISTS `delivery` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'delivery'@'%' IDENTIFIED BY 'delivery-dev-password';
GRANT ALL PRIVILEGES ON `delivery`.* TO 'delivery'@'%';

FLUSH PRIVILEGES;
