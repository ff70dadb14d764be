package io.parley.ingest.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import io.parley.ingest.domain.WhatsAppChannel;
import io.parley.ingest.domain.WhatsAppChannels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWhatsAppChannels implements WhatsAppChannels {

	private final JdbcClient jdbc;

	JdbcWhatsAppChannels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<WhatsAppChannel> find(String tenantId) {
		return jdbc.sql("SELECT tenant_id, verify_token, app_secret FROM whatsapp_channels WHERE tenant_id = ?")
			.param(tenantId)
			.query((row, index) -> new WhatsAppChannel(row.getString("tenant_id"), row.getString("verify_token"),
					row.getString("app_secret")))
			.optional();
	}

	@Override
	public void save(WhatsAppChannel channel, Instant now) {
		jdbc.sql("""
				INSERT INTO whatsapp_channels (tenant_id, verify_token, app_secret, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE verify_token = ?, app_secret = ?, updated_at = ?""")
			.params(channel.tenantId(), channel.verifyToken(), channel.appSecret(), Timestamp.from(now),
					Timestamp.from(now), channel.verifyToken(), channel.appSecret(), Timestamp.from(now))
			.update();
	}
}
