package io.parley.gateway.tenant;

/** A tenant or key request that cannot be carried out as asked. */
public class TenantRequestException extends RuntimeException {

	public enum Reason {
		INVALID, NOT_FOUND
	}

	private final Reason reason;
	private final String field;

	private TenantRequestException(Reason reason, String field, String message) {
		super(message);
		this.reason = reason;
		this.field = field;
	}

	public static TenantRequestException invalid(String field, String message) {
		return new TenantRequestException(Reason.INVALID, field, message);
	}

	public static TenantRequestException notFound(String message) {
		return new TenantRequestException(Reason.NOT_FOUND, null, message);
	}

	public Reason reason() {
		return reason;
	}

	public String field() {
		return field;
	}
}
