package io.parley.learning.local;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Closed word lists the local extractor checks objects against. */
final class Lexicon {

	private Lexicon() {
	}

	/** Head nouns of job titles: "I'm a (senior) software engineer" is a job only if its last word is one of these. */
	static final Set<String> OCCUPATIONS = words("""
			accountant actor actress administrator advisor adviser agent analyst anesthetist animator anthropologist
			architect archivist artist assistant astronaut astronomer athlete attorney auditor author baker banker
			barber barista bartender biologist blogger bookkeeper builder butcher buyer carpenter cashier caretaker
			ceo cfo cto chef chemist cleaner clerk coach composer consultant contractor cook counselor counsellor
			courier curator dancer dentist designer detective developer dietitian director doctor driver drummer
			economist editor electrician engineer entrepreneur estimator farmer firefighter fisherman florist founder
			freelancer gardener geologist guard guide hairdresser historian illustrator influencer inspector
			instructor intern interpreter investor janitor jeweler journalist judge lawyer lecturer librarian
			lifeguard linguist machinist manager marketer mathematician mechanic midwife miner model musician nanny
			navigator nurse nutritionist officer optician painter paralegal paramedic pharmacist photographer
			physician physicist physiotherapist pianist pilot plumber poet policeman politician porter practitioner
			principal producer professor programmer psychiatrist psychologist publisher radiologist realtor
			receptionist recruiter reporter researcher retailer salesman salesperson saleswoman scientist secretary
			singer soldier solicitor specialist statistician steward stewardess student surgeon surveyor tailor
			teacher technician tester therapist trader trainer translator tutor typist vet veterinarian waiter
			waitress webmaster welder writer youtuber streamer owner entrepreneur housewife homemaker stylist
			copywriter researcher scientist professor sysadmin devops dispatcher operator underwriter
			admin cofounder co-founder carer caregiver coordinator supervisor executive strategist planner
			radiographer optometrist osteopath chiropractor hygienist pastor priest vicar rabbi imam roofer
			bricklayer plasterer decorator landscaper trucker postman postwoman headteacher childminder barrister
			notary housekeeper concierge sommelier brewer winemaker rancher zookeeper ranger sailor locksmith
			potter sculptor jeweller goldsmith academic postdoc technologist controller bookseller illustrator
			landlord landlady gp tech sparky chippy tradie medic employee worker servant midwife phlebotomist paramedic sonographer dentist orthodontist pharmacist tradesman
			swe referee umpire physio cop dj doula joiner cabbie apprentice
			""");

	static final Set<String> LANGUAGES = words("""
			afrikaans albanian amharic arabic armenian basque belarusian bengali bosnian bulgarian burmese cantonese
			catalan croatian czech danish dutch english estonian farsi finnish flemish french galician georgian german
			greek gujarati hebrew hindi hungarian icelandic indonesian irish italian japanese kannada kazakh khmer
			korean kurdish lao latvian lithuanian macedonian malay malayalam maltese mandarin marathi mongolian
			nepali norwegian pashto persian polish portuguese punjabi romanian russian serbian sinhala slovak
			slovenian somali spanish swahili swedish tagalog tamil telugu thai tibetan turkish ukrainian urdu uzbek
			vietnamese welsh yiddish yoruba zulu chinese filipino esperanto latin
			tigrinya oromo hausa igbo twi akan wolof xhosa sesotho quechua kinyarwanda lingala luganda dari sindhi
			hmong cebuano ilocano javanese sundanese malagasy samoan tongan maori gaelic luxembourgish uyghur tatar
			azerbaijani azeri tajik kyrgyz turkmen hokkien hakka
			""");

	/** Objects that make "I love X" about the conversation, not about the user. */
	static final Set<String> NOT_A_TOPIC = words("""
			it this that these those them you your yours him her us what how when where why which who whom
			everything anything nothing something all one ones here there doing being having getting waiting
			to the_answer the_result the_service the_product the_app the_idea the_way the_fact the_support
			the_offer the_price the_quality the_feature the_update the_new the_design the_colour the_color
			the_response the_help the_reply the_suggestion the_explanation the_option the_plan the_deal
			""");

	/** Verbs of a durable goal in "I want to ...": a request ("I want to cancel") is not a goal. */
	static final Set<String> GOAL_VERBS = words("""
			learn become visit travel run move start open build write finish lose gain improve save retire study
			climb master launch get see speak switch change have adopt go try complete publish compete graduate
			explore hike swim cycle ride sail play read quit earn grow raise buy renovate
			eat exercise sleep drink meet find cook be stay spend reduce cut stop pay
			""");

	/** What follows a goal verb when the "goal" is really a support request. */
	static final Set<String> REQUEST_OBJECTS = words("""
			refund money password account order subscription invoice receipt help support answer reply update
			confirmation tracking package delivery item items product replacement discount voucher code
			manager agent human person someone somebody representative supervisor bill
			contacted called notified informed told refunded charged helped log login logged shipped delivered
			sign signed unsubscribe unsubscribed address email phone number card cart checkout
			""");

	static final Set<String> NUMBER_WORDS = words("a an one two three four five six seven eight nine ten");

	private static Set<String> words(String text) {
		return Arrays.stream(text.split("\\s+")).map(w -> w.strip().toLowerCase(Locale.ROOT).replace('_', ' '))
			.filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
	}
}
