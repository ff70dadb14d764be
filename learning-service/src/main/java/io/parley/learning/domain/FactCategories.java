package io.parley.learning.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The built-in fact categories, in the seed's spelling ({@code behavior}), and the rule for the names tenants add.
 */
public final class FactCategories {

	public static final String INTERESTS = "interests";
	public static final String PREFERENCES = "preferences";
	public static final String PERSONAL = "personal";
	public static final String PROFESSIONAL = "professional";
	public static final String GOALS = "goals";
	public static final String BEHAVIOR = "behavior";
	public static final String COMMUNICATION = "communication";
	public static final String CONSTRAINTS = "constraints";

	public static final List<String> BUILT_IN = List.of(INTERESTS, PREFERENCES, PERSONAL, PROFESSIONAL, GOALS,
			BEHAVIOR, COMMUNICATION, CONSTRAINTS);

	/** Lower-case letters, digits and underscores, starting with a letter: built-in and tenant-added alike. */
	public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	private FactCategories() {
	}

	/** The canonical name: lower case, British and long spellings mapped onto the built-in ones. */
	public static String canonical(String name) {
		String value = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
		return switch (value) {
			case "behaviour", "behaviours", "behaviors" -> BEHAVIOR;
			case "communication_style", "style" -> COMMUNICATION;
			case "goals_and_plans", "plans", "goal" -> GOALS;
			case "interest" -> INTERESTS;
			case "preference" -> PREFERENCES;
			case "constraint" -> CONSTRAINTS;
			default -> value;
		};
	}
}
