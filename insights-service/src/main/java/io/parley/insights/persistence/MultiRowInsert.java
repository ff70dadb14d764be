package io.parley.insights.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes rows as multi-row {@code INSERT ... VALUES (...), (...)} statements, each value bound with its typed setter.
 * <p>
 * A projected batch writes thousands of rows of up to 48 values. {@code JdbcTemplate.batchUpdate} with
 * {@code rewriteBatchedStatements} sends the same multi-row statements, but infers every value's SQL type and has the
 * driver encode every value twice (once to size the rewritten statement, once to send it): that, not the database,
 * was most of the projection's time. Numbers in an {@link Inline} are written into the statement's text instead of
 * bound: for the rollups' dozens of counters a row, the driver's work per bound value costs more than the database's.
 * Times and days are written as literals too, in UTC as the driver itself would write them for this service's
 * {@code connectionTimeZone=UTC}: the driver builds a date formatter for every timestamp it encodes.
 * Statements are cut so that none comes near {@code max_allowed_packet} (16 MiB by default on MariaDB).
 */
final class MultiRowInsert {

	/** Well under MySQL's 65,535 placeholders per statement. */
	private static final int MAX_VALUES = 20_000;
	/** Estimated bytes per statement (strings counted at 3 bytes a character). */
	private static final long MAX_BYTES = 4L * 1024 * 1024;

	private MultiRowInsert() {
	}

	/** A number written into the statement rather than bound; safe because it is a {@code long}, never text. */
	record Inline(long value) {
	}

	/**
	 * Inserts the rows. {@code head} is {@code INSERT ... INTO table (columns) VALUES}, {@code tail} what follows the
	 * rows (an {@code ON DUPLICATE KEY UPDATE} clause, or empty); every row has one value per column, in order.
	 */
	static void insert(JdbcTemplate jdbc, String head, List<Object[]> rows, String tail) {
		if (rows.isEmpty()) {
			return;
		}
		int columns = rows.get(0).length;
		int maxRows = Math.max(1, MAX_VALUES / columns);
		int from = 0;
		while (from < rows.size()) {
			int to = from;
			long bytes = 0;
			while (to < rows.size() && to - from < maxRows && (to == from || bytes < MAX_BYTES)) {
				bytes += estimatedBytes(rows.get(to));
				to++;
			}
			write(jdbc, head, rows.subList(from, to), tail, columns);
			from = to;
		}
	}

	private static void write(JdbcTemplate jdbc, String head, List<Object[]> rows, String tail, int columns) {
		StringBuilder sql = new StringBuilder(head.length() + tail.length() + rows.size() * (3 * columns + 2));
		sql.append(head).append(' ');
		for (int i = 0; i < rows.size(); i++) {
			sql.append(i == 0 ? "(" : ",(");
			Object[] row = rows.get(i);
			for (int j = 0; j < row.length; j++) {
				if (j > 0) {
					sql.append(',');
				}
				if (row[j] instanceof Inline number) {
					sql.append(number.value());
				}
				else if (row[j] instanceof Timestamp time) {
					appendLiteral(sql, time);
				}
				else if (row[j] instanceof java.sql.Date day) {
					appendLiteral(sql, day.toLocalDate());
				}
				else {
					sql.append('?');
				}
			}
			sql.append(')');
		}
		sql.append(' ').append(tail);
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql.toString());
			int index = 1;
			for (Object[] row : rows) {
				for (Object value : row) {
					if (!writtenAsLiteral(value)) {
						bind(statement, index++, value);
					}
				}
			}
			return statement;
		});
	}

	private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NULL);
		}
		else if (value instanceof String text) {
			statement.setString(index, text);
		}
		else if (value instanceof Long number) {
			statement.setLong(index, number);
		}
		else if (value instanceof Integer number) {
			statement.setInt(index, number);
		}
		else if (value instanceof Double number) {
			statement.setDouble(index, number);
		}
		else if (value instanceof Boolean flag) {
			statement.setBoolean(index, flag);
		}
		else {
			throw new IllegalArgumentException("No setter for a " + value.getClass().getName());
		}
	}

	private static boolean writtenAsLiteral(Object value) {
		return value instanceof Inline || value instanceof Timestamp || value instanceof java.sql.Date;
	}

	/** {@code 'yyyy-MM-dd HH:mm:ss.SSSSSS'} in UTC. */
	static void appendLiteral(StringBuilder sql, Timestamp time) {
		LocalDateTime utc = LocalDateTime.ofInstant(time.toInstant(), ZoneOffset.UTC);
		sql.append('\'');
		appendDate(sql, utc.toLocalDate());
		sql.append(' ');
		appendDigits(sql, utc.getHour(), 2).append(':');
		appendDigits(sql, utc.getMinute(), 2).append(':');
		appendDigits(sql, utc.getSecond(), 2).append('.');
		appendDigits(sql, utc.getNano() / 1000, 6).append('\'');
	}

	/** {@code 'yyyy-MM-dd'}. */
	static void appendLiteral(StringBuilder sql, LocalDate day) {
		sql.append('\'');
		appendDate(sql, day);
		sql.append('\'');
	}

	private static void appendDate(StringBuilder sql, LocalDate day) {
		appendDigits(sql, day.getYear(), 4).append('-');
		appendDigits(sql, day.getMonthValue(), 2).append('-');
		appendDigits(sql, day.getDayOfMonth(), 2);
	}

	private static StringBuilder appendDigits(StringBuilder sql, int value, int width) {
		String digits = Integer.toString(value);
		for (int pad = digits.length(); pad < width; pad++) {
			sql.append('0');
		}
		return sql.append(digits);
	}

	private static long estimatedBytes(Object[] row) {
		long bytes = 0;
		for (Object value : row) {
			bytes += value instanceof String text ? 3L * text.length() + 4 : 24;
		}
		return bytes;
	}
}
