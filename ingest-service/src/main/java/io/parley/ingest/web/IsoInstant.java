package io.parley.ingest.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text field that, when present and not blank, is an ISO-8601 instant with a zone offset ({@code 2024-01-01T12:00:00Z},
 * {@code 2024-01-01T15:00:00+03:00}). Checked with the other constraints, so a bad time is reported together with
 * every other failing field.
 */
@Documented
@Constraint(validatedBy = IsoInstant.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoInstant {

	String message() default "must be an ISO-8601 instant such as 2024-01-01T12:00:00Z";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<IsoInstant, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || RequestMetadata.instantOrNull(value) != null;
		}
	}
}
