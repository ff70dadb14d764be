package io.parley.learning.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import io.parley.learning.domain.FactExtractor;
import io.parley.learning.domain.TenantCategory;

import static io.parley.learning.domain.FactCategories.BEHAVIOR;
import static io.parley.learning.domain.FactCategories.COMMUNICATION;
import static io.parley.learning.domain.FactCategories.CONSTRAINTS;
import static io.parley.learning.domain.FactCategories.GOALS;
import static io.parley.learning.domain.FactCategories.INTERESTS;
import static io.parley.learning.domain.FactCategories.PERSONAL;
import static io.parley.learning.domain.FactCategories.PREFERENCES;
import static io.parley.learning.domain.FactCategories.PROFESSIONAL;

/**
 * Facts from what users say about themselves, with no network: patterns over first-person statements.
 * <p>
 * A message is cut into sentences and clauses ("I love jazz but my brother can't stand it" is two clauses). Only a
 * clause whose subject is the user ("I", "I'm", "my name", "my wife and I") can state a fact, so "my brother loves
 * jazz" states none. Whole sentences are skipped when they are questions, hypotheticals ("if", "imagine",
 * "suppose"), reported speech ("he said", "the ad says") or jokes ("lol", "haha"); quoted text is removed first; a
 * message that says "just kidding" teaches nothing. Negated statements ("I don't speak Italian") do not match the
 * patterns, which are anchored on the affirmative verb; the few negations that are facts of their own are patterns
 * of their own ("I don't like X" is a dislike, "I can't eat X" a constraint, "I no longer live in X" withdraws a
 * location). Hedges ("I think", "maybe") lower the confidence.
 * <p>
 * People also write about themselves without "I": a verbless fragment that opens its sentence ("Vegan for six years
 * now", "Senior data engineer at a fintech", "Mother of three here", "Originally from Nairobi") is about the writer,
 * while the same words after another subject ("my wife is vegan", "she's originally from Nairobi") are not. Fragments
 * and body states do not count when the sentence says they are about today ("I have a sore back today"); habits
 * ("I always pay my card in full") need a present-tense verb, so "I never got my refund" is none.
 */
public class LocalFactExtractor implements FactExtractor {

	public static final String NAME = "local";

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern TIME_OF_ROUTINE = Pattern.compile("\\b(\\d{1,2}(:\\d{2})?\\s*(am|pm)|\\d{1,2}:\\d{2}|midnight|noon"
			+ "|mornings?|evenings?|nights?|weekends?|weekdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?"
			+ "|sundays?|lunch\\s?time|lunch ?breaks?|after work|before work|every day|daily)\\b", FLAGS);
	private static final Pattern CONTACT_OR_TONE = Pattern.compile("\\b(e-?mails?|texts?|texting|sms|calls?|phone calls?|whatsapp|async|asynchronous|(?:talk|speak|chat) to (?:a |an )?(?:human|real person|person|agent)|a human|a real person"
			+ "|voice notes?|voice messages?|video calls?|formal|informal|casual|emojis?)\\b", FLAGS);
	private static final Pattern JOKE_MESSAGE = Pattern.compile("\\b(just kidding|kidding|joking|jk|j/k)\\b|/s\\b", FLAGS);
	private static final Pattern JOKE_SENTENCE = Pattern.compile(
			"\\b(lol|lmao|rofl|haha\\w*|hehe\\w*)\\b|😂|🤣|😜|😉|🙄|\\bobviously\\b|\\byeah right\\b", FLAGS);
	private static final Pattern SARCASTIC_START = Pattern.compile("^(sure|oh great|great|yeah|oh yes|wow),\\s", FLAGS);
	private static final Pattern HYPOTHETICAL = Pattern.compile(
			"\\b(if|(?<!\\bi\\s)suppose|supposing|imagine|hypothetically|pretend|let'?s say|say that|in case|assuming|"
					+ "what if|would be(?!\\s+(?:ideal|great|perfect|best|good|fine|nice|lovely|helpful|appreciated|amazing|brilliant|grateful|thankful|obliged))|were i)\\b",
			FLAGS);
	private static final Pattern REPORTED = Pattern.compile(
			"\\b(said|says|say|told|tells|wrote|writes|(?<!\\b(?:get|gets|got|getting|been|being)\\s)asked|asks|to quote|quoted|according to|claims?|claimed|"
					+ "the (movie|film|song|book|ad|message|error|character|hero))\\b",
			FLAGS);
	private static final Pattern QUESTION_START = Pattern.compile(
			"^(do|does|did|can|could|would|should|will|shall|is|are|am(?=\\s+i\\b)|was|were|what|what's|where|when|why|how|"
					+ "who|which|have|has|may|might|whens|whats|wheres|hows|whos|any)\\b(?!')",
			FLAGS);
	private static final Pattern DOUBLE_QUOTED = Pattern.compile("[\"“”«»][^\"“”«»]*[\"“”«»]");
	private static final Pattern SINGLE_QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])'[^']*'(?![\\p{L}\\p{N}])");
	/** Sentences end at . ! ? … and new lines, but not after a title ("Dr.", "Mx.") or an initial after one ("Dr. E. Okonkwo"). */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])(?<!\\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|Sr|Jr|Rev|Fr)\\.)(?<!\\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Fr)\\.\\s\\p{Lu}\\.)\\s+|\\n+");
	/** A clause of its own with another subject than the writer and its verb: "the app crashed", "the hills are killing me", "it's closest to me". */
	private static final String ANOTHER_THING = "(?:the|this|that|these|those|your)(?:\\s+[\\p{L}\\d'-]+){1,3}?";
	private static final String ANOTHER_VERB = "\\s+(?:is|are|was|were|has|have|had|keeps?|kept|gets?|got|crashed|crashes|broke|breaks|died|makes?|made|doesn't|don't|didn't|isn't|aren't|wasn't|won't|can't|will|would|stopped|stops|needs?|feels?|seems?|looks?)\\b";
	private static final Pattern CLAUSE_SPLIT = Pattern.compile(
			"\\s*(?:,?\\s+\\b(?:but|while|whereas|although|though|tho|however|yet)\\b|,\\s+and\\b|;|(?<!\\bmy\\s\\p{L}{1,15})\\s+and\\s+(?=(?:also\\s+)?(?:i|i'm|i've|i'd|my|we)\\b)"
					+ "|,\\s+(?=(?:i|i'm|im|iam|i've|my|now)\\b)|,\\s+(?=(?:hoping|planning|aiming)\\s+(?:to|for)\\b)|\\s*[–—]\\s*|\\s+and\\s+(?=(?:don't|do not|can't|cannot|never)\\s+(?:drive|eat|drink)\\b)|,?\\s+so\\s+(?=(?:anything|something|nothing|deliveries|delivery|only|no|just|please|pls|plz|kindly)\\b)|,?\\s+(?:because|cause|cos|coz)\\s+(?=i\\b)|\\s+and\\s+(?=(?:work|teach|study)\\s+(?:as|at|in|for|part[- ]time|full[- ]time)\\b)|,?\\s+so\\s+(?=(?:i|i'm|i've|my|there's|there is|there are|it's|that's|\\p{L}+ (?:is|are|works)|\\p{L}+ only)\\b)|\\s+-\\s+|(?<!\\d):(?!\\d)"
					+ "|,?\\s+(?:because|cause|cos|since|as)\\s+(?=(?:i'm|i am|i have|i've)\\b)|,\\s+(?=(?:we|we're|we've|our)\\b)"
					// "... at 7am and the app crashed", "I'm 67 with dodgy knees and the hills are killing me", "..., the iPad version is clunky"
					+ "|(?:,\\s+|,?\\s+(?:and|because|bc|b/c|cause|cos|coz)\\s+)(?=" + ANOTHER_THING + ANOTHER_VERB + ")|,?\\s+(?:bc|b/c)\\s+(?=i\\b)|,?\\s+and\\s+(?=(?:it|they)" + ANOTHER_VERB + "|(?:it's|they're)\\s)"
					+ ")\\s*",
			FLAGS);
	private static final Pattern LEADING = Pattern.compile(
			"^(?:(?:(?:hi|hello|hey|hiya|heya|yo)(?:\\s+(?:there|all|everyone|folks|team))?|good (?:morning|afternoon|evening)|dear (?:team|sir(?:/madam)?|madam|all|support|sirs)|"
					+ "ngl|tbf|for context|for reference|to whom it may concern|please|pls|plz|kindly|(?:i write|i am writing|i'm writing|just writing|i wanted|just wanted|just) to (?:confirm|say|let you know|inform you|mention|note)(?: that)?|"
					+ "yes|yeah|no|ok|okay|so|well|also|and|but|oh|honestly|actually|basically|currently|mate|guys|bro|dude|lads|folks|"
					+ "now|btw|by the way|anyway|fyi|just so you know|for what it's worth|to be honest|tbh|personally|"
					+ "(?:since|because|cos|coz|cause|seeing as|given that)(?=\\s+(?:i'm|im|i am|i've|i have)\\s)|as for me|as a matter of fact|in fact|right now|these days|nowadays|ps|(?:(?:probably|maybe|might be|it's|its)\\s+)?worth (?:mentioning|noting|saying|knowing)(?: that)?|(?:just\\s+)?(?:a\\s+)?heads up|from now on|going forward|moving forward|in (?:the )?future|fwiw|quick note|ugh|nah|hmm|um|"
					+ "(?:every|each|most|on|in the|at the)\\s+(?:\\w+\\s+)?(?:day|week|weekend|morning|evening|night|summer|winter|"
					+ "spring|autumn|fall|year|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|"
					+ "next (?:year|month|summer|spring|autumn|winter)|(?:weekday|weekend) (?:mornings|evenings|nights)|weeknights)\\b[,!.:]?\\s*)+",
			FLAGS);
	/** "Could you keep it brief?" is a request about how to answer, not a question about the user. */
	private static final Pattern POLITE_REQUEST = Pattern.compile(
			"^(?:could|can|would|will) you (?:please |just |pls )?(?=(?:keep|make|be|answer|reply|respond|write|explain|use|give|send|stop|try)\\b)",
			FLAGS);
	/** "can u text me instead of emailing?", "could you talk to me more casually?": how to be contacted, asked as a question. */
	private static final Pattern POLITE_CONTACT_QUESTION = Pattern.compile(
			"^(?:(?:hi|hey|hello)\\s*,?\\s+)?(?:could|can|would|will) (?:you|u|someone|somebody|one of you) (?:please |pls |plz |just )?(?=(?:text|email|e-mail|message|whatsapp|call|ring|phone|contact)\\s+me\\s+(?:(?:the|my|your|a|an)\\s+[\\p{L}-]+\\s+|it\\s+|them\\s+)?(?:instead|rather|only)\\b"
					+ "|(?:talk|speak|write|reply|respond|answer)\\s+(?:to me\\s+)?(?:in\\s+\\p{L}+\\b|more casually|casually|informally|formally|like a))",
			FLAGS);
	private static final Pattern FIRST_PERSON = Pattern.compile("^(?:i|i'm|i've|i'd|we|we're)\\b", FLAGS);
	/** A clause that goes on with a verb after "but"/"and": its subject is the previous clause's "I". */
	/** "am a nurse in Leeds", "Hello, am from Lagos": the "I" left out, as non-native writers often do. */
	private static final Pattern AM_WITHOUT_I = Pattern.compile(
			"(?<=^|^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))[,!.]?\\s{1,3})am\\s+(?=(?:an?|not|from|based|living|working)\\s|\\d)", FLAGS);
	private static final Pattern IMPLIED_SUBJECT = Pattern.compile(
			"^(?:live|work|speak|love|like|enjoy|prefer|hate|play|study|teach|have|own|run|use|walk|ride|cycle|swim|sit|volunteer|cook|drive|commute|want|need"
					+ "|do\\s+(?!(?:you|u|ya|they|we|i|it|he|she|the|your|that|this)\\b)|(?:don't|can't|cannot|never)\\s+(?:drive|eat|drink))\\b", FLAGS);
	private static final Pattern HEDGE = Pattern.compile(
			"^(?:(?:i think|i guess|i believe|i suppose|maybe|perhaps|probably|kind of|sort of|i'd say)\\b,?\\s*)+", FLAGS);
	private static final Pattern HEDGE_INSIDE = Pattern.compile("\\b(kind of|sort of|a bit|maybe|probably)\\b", FLAGS);

	private static final Pattern PHRASE_END = Pattern.compile(
			"\\s*(?:[,;:()!?]|\\.(?:\\s|$)|\\s(?:because|bc|cuz|coz|cos|since|so|but|which|who|when|while|as|for|especially|every|each|"
					+ "these days|lately|nowadays|right now|at the moment|now|though|tho|thanks?|thank you|please|"
					+ "and (?:my|i|we|it|that|the|so)|or something|too|as well|anymore|any more|any longer|"
					+ "most (?:weekends|days|nights|mornings|evenings|weeks)|on (?:weekends|the weekend|sundays|saturdays)|at (?:the )?weekends?|"
					+ "(?:once|twice|three times|a few times) a (?:week|month|day|year)|daily|weekly)\\b)",
			FLAGS);
	private static final Pattern TRAILING = Pattern.compile(
			"(?:\\s+(?:a lot|so much|very much|really|a little|a bit|quite a bit|more|most|again|on here|on this app|here|btw|fyi|tbh|ngl|lol|atm|rn))+$", FLAGS);

	private final List<Rule> rules = new ArrayList<>();
	/** Rules for the later items of a list about the writer only ("28F, Toronto, into climbing"). */
	private final List<Rule> listRules = new ArrayList<>();

	@FunctionalInterface
	private interface Rule {
		void apply(String clause, String original, Consumer<ExtractedFact> out);
	}

	/** Notes what the rules leave unread; null when the extractor reads by its rules only. */
	private final StatementFallback statements;

	/** Reads facts by its rules only. */
	public LocalFactExtractor() {
		this(null);
	}

	/** Reads facts by its rules, then lets the fallback note the writer's statements the rules left unread. */
	public LocalFactExtractor(StatementFallback statements) {
		this.statements = statements;
		personal();
		professional();
		professional2();
		constraints();
		communication();
		preferences();
		goals();
		interests();
		broadened();
		outsideWriters();
		outsideWriters2();
		roundFourPeople();
		roundFourPeople2();
		roundFourPeople3();
		roundFivePeople();
		roundSixPeople();
		roundFourHabits();
		roundFiveHabits();
		roundFiveContact();
		roundFiveLikes();
		roundSixAdvice();
		roundSixNeeds();
		roundSevenNeeds();
		roundSevenNeeds2();
		roundEightNeeds();
		listItems();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<ExtractedFact> extract(ExtractionRequest request) {
		List<StatementClause> clauses = new ArrayList<>();
		List<ExtractedFact> facts = readByRules(request.text(), clauses);
		if (statements != null) {
			facts = statements.withStatements(facts, clauses);
		}
		return tenantCategories(facts, request.tenantCategories());
	}

	/**
	 * A clause of a statement that passed the sentence filters (no question, hypothetical, quote, joke or other
	 * person), as the rules saw it, and whether a rule read a new fact from it.
	 */
	public record StatementClause(String text, boolean read, boolean firstPerson) {
	}

	/** The clauses of the message's statements, each with whether a rule read a fact from it. */
	public List<StatementClause> statementClauses(String message) {
		List<StatementClause> clauses = new ArrayList<>();
		readByRules(message, clauses);
		return clauses;
	}

	private List<ExtractedFact> readByRules(String message, List<StatementClause> clauses) {
		String text = Places.capitalised(apostrophesRestored(
				message == null ? "" : message.replace('’', '\'').replace('‘', '\'').strip()));
		if (JOKE_MESSAGE.matcher(text).find()) {
			text = JOKE_TAKEN_BACK.matcher(text).replaceAll(""); // "I'm a surgeon, just kidding, I'm a student"
		}
		if (text.isEmpty() || JOKE_MESSAGE.matcher(text).find()) {
			return List.of();
		}
		text = SINGLE_QUOTED.matcher(DOUBLE_QUOTED.matcher(text).replaceAll(" ")).replaceAll(" ");
		text = asidesAfter(text); // "please email me as I'm at work (I'm a pharmacist) and can't take calls"
		text = LAUGHING_ASIDE.matcher(text).replaceAll(""); // "I'm a big Taylor Swift fan (obviously lol)"
		text = TAKEN_BACK.matcher(text).replaceAll(""); // "I'll go with annual... actually no, monthly"
		text = emojiSentenceEnds(text); // "half marathon in october 🏃 any shoes ...?": the emoji ended the statement
		text = DECORATION.matcher(text).replaceAll(" ").replaceAll("[ \\t]{2,}", " "); // emojis that carry no joke
		Map<String, ExtractedFact> facts = new LinkedHashMap<>();
		List<String> sentences = new ArrayList<>();
		String greeting = "";
		for (String sentence : SENTENCE_END.split(text)) {
			if (GREETING_ONLY.matcher(sentence.strip()).matches()) {
				greeting = sentence.strip().replaceAll("[!.,]+$", "") + ", "; // "Hello! It's Fatima." is an introduction
				continue;
			}
			sentence = greeting + sentence.strip();
			greeting = "";
			// a tag question ("i'm a plumber so i get trade price yeah?") is a statement; a question run on after a
			// statement without punctuation ("i'm 15 is that ok", "... every morning can they be blister packed") is
			// a sentence of its own
			sentence = TAG_QUESTION.matcher(sentence.strip()).replaceFirst("");
			for (String laughed : splitWhere(sentence, LAUGH_BREAK, (before, after) -> !LAUGH_ONLY.matcher(before).matches() && !hyperbole(before)
					&& !jokeGoesOn(before, after))) {
				for (String asked : splitWhere(laughed, QUESTION_THEN_STATEMENT, SHARED_QUESTION::test)) {
					sentences.addAll(runOnQuestionsSplit(asked));
				}
			}
		}
		for (String sentence : sentences) {
			sentence = politeRequestStripped(sentence.strip());
			sentence = COURTESY_CONDITIONAL.matcher(statementPart(sentence)).replaceAll("").strip();
			sentence = DANGLING_REQUEST.matcher(sentence).replaceFirst("");
			ExtractedFact partner = meAndFamily(sentence); // the partner "me and my bf are ..." names, before it becomes "we"
			sentence = ME_AND.matcher(sentence).replaceFirst("we "); // "me and my partner are both vegetarian"
			sentence = AM_WITHOUT_I.matcher(sentence).replaceFirst("I'm ");
			sentence = subjectRestored(sentence);
			sentence = trailingJokeRemoved(sentence);
			Matcher requestThenIf = REQUEST_THEN_IF.matcher(sentence);
			if (requestThenIf.find()) {
				sentence = sentence.substring(0, requestThenIf.start()); // "be blunt with me, if it's not worth fixing say so"
			}
			sentence = gratefulIfAsked(sentence);
			sentence = conditionalRemoved(sentence);
			sentence = ADVISED.matcher(sentence).replaceFirst("I'm advised to "); // "my doctor says I should cut down on salt"
			sentence = ADVISED_STATE.matcher(sentence).replaceFirst(""); // "my GP says I'm borderline diabetic"
			sentence = sentence.replaceAll("[,\\s]+(?i:so|and|but)$", "").strip();
			sentence = OWN_WORDS.matcher(sentence).replaceFirst(""); // "like I said, I'm vegan", "I've told your colleague I'm diabetic"
			sentence = reportedLater(sentence);
			if (sentence.isEmpty() || skipped(sentence)) {
				continue;
			}
			int before = facts.size();
			boolean firstPerson = false;
			String sentenceStart = LEADING.matcher(sentence.strip()).replaceFirst("");
			for (String clause : clauses(sentence)) {
				String stripped = LEADING.matcher(clause.strip()).replaceFirst("");
				if (firstPerson && IMPLIED_SUBJECT.matcher(stripped).find()) {
					stripped = "I " + stripped;
				}
				if (stripped.regionMatches(true, 0, "being ", 0, 6) && sentenceStart.regionMatches(true, 0, stripped, 0, stripped.length())) {
					stripped = "I'm " + stripped.substring(6); // "being vegetarian, I'd like ..." says they are
				}
				else if (PARTICIPLE_GOAL.matcher(stripped).find() && !sentenceStart.regionMatches(true, 0, stripped, 0, stripped.length())
						&& !OTHER_SUBJECT.matcher(sentenceStart).find()) {
					stripped = "I'm " + stripped; // "Learning Japanese, hoping to visit Kyoto" goes on about the writer
				}
				firstPerson = FIRST_PERSON.matcher(stripped).find();
				if (ONE_OFF_WISH.matcher(stripped).find()) {
					continue; // "so I'd rather wait than go in now": a wish for this once
				}
				boolean readAny = read(stripped, sentence, rules, facts);
				clauses.add(new StatementClause(stripped, readAny, firstPerson));
			}
			if (partner != null && (facts.size() > before || PAIR_STATE.matcher(sentence).find())) {
				facts.putIfAbsent(partner.key(), partner); // only when the pair is said to be or do something
			}
			if ((facts.size() > before || SELF_DESCRIPTOR.matcher(LIST_ITEM.split(sentenceStart)[0].strip()).matches())
					&& !OTHER_SUBJECT.matcher(sentenceStart).find()) {
				continuedList(sentence, facts);
			}
		}
		askedBudget(text, facts);
		signature(text, facts);
		roundSixMessage(text, facts);
		sizesWorn(text, facts);
		limitSaid(text, facts);
		dietChanged(text, facts);
		askedOfReplies(text, facts);
		return distinctByValue(channelReasonsFolded(readingReasonsFolded(runOnRoutinesDropped(echoesDropped(
				writingFolded(facts.values()))))));
	}

	/**
	 * "Text me, don't email, I never check my inbox", "please don't call, text or chat only": when a message asks for a
	 * channel, the channels it turns down and the habits it gives as the reason ("never checks their inbox", "not to be
	 * phoned") are that wish's reasons, not facts of their own, as careful readers record them: they are said in the
	 * channel fact's value ("Prefers contact by text (never checks their inbox)").
	 */
	private static java.util.Collection<ExtractedFact> channelReasonsFolded(java.util.Collection<ExtractedFact> facts) {
		return reasonsFolded(facts, fact -> COMMUNICATION.equals(fact.category()) && "contact_channel".equals(fact.key()),
				fact -> COMMUNICATION.equals(fact.category()) && ("contact".equals(fact.type()) && fact.stance() < 0 || fact.key().startsWith("avoid_")
						|| compiled("dislikes_(?:phone_calls?|calls|e_?mails?|texts?|voicemails?|voice_notes?|video_calls?)").matcher(fact.key()).matches()),
				// "I can't stand phone calls. WhatsApp me instead": the dislike is the wish's reason
				fact -> "avoid_phone_calls".equals(fact.key()) ? "not by phone" : lower(fact.value()));
	}

	/**
	 * The first valid fact the wish matches keeps, in brackets after its value, the words of the facts that are only its
	 * reasons; those facts go. Without such a wish, or without reasons, the facts stay as they are.
	 */
	private static java.util.Collection<ExtractedFact> reasonsFolded(java.util.Collection<ExtractedFact> facts,
			java.util.function.Predicate<ExtractedFact> wish, java.util.function.Predicate<ExtractedFact> reason,
			java.util.function.Function<ExtractedFact, String> reasonWords) {
		ExtractedFact asked = facts.stream().filter(fact -> wish.test(fact) && !fact.retraction()).findFirst().orElse(null);
		if (asked == null) {
			return facts;
		}
		List<String> reasons = new ArrayList<>();
		List<ExtractedFact> kept = new ArrayList<>();
		for (ExtractedFact fact : facts) {
			if (reason.test(fact)) {
				reasons.add(reasonWords.apply(fact));
			}
			else {
				kept.add(fact);
			}
		}
		if (reasons.isEmpty()) {
			return facts;
		}
		kept.replaceAll(fact -> fact != asked ? fact : fact.withValue(fact.value() + " (" + String.join("; ", reasons) + ")"));
		return kept;
	}

	/**
	 * The routines and devices read only when said with a day or a frequency ("routine_said_", "channel_said_": round
	 * eight's broad readings) stand back when the message already taught the same doing another way: a routine of the same
	 * verb ("Plays valorant most nights after 10pm"), or a pastime ("I bake sourdough most weekends" is an interest, as
	 * the outside writers file it).
	 */
	private static java.util.Collection<ExtractedFact> echoesDropped(java.util.Collection<ExtractedFact> facts) {
		if (facts.stream().noneMatch(fact -> fact.key().startsWith("routine_said_") || fact.key().startsWith("channel_said_"))) {
			return facts;
		}
		List<ExtractedFact> out = new ArrayList<>();
		for (ExtractedFact fact : facts) {
			boolean broad = fact.key().startsWith("routine_said_") || fact.key().startsWith("channel_said_");
			if (broad && facts.stream().anyMatch(other -> other != fact && (BEHAVIOR.equals(other.category()) && !other.key().startsWith("routine_said_") && !other.key().startsWith("channel_said_")
					&& headVerb(other.value()).equals(headVerb(fact.value())) || (INTERESTS.equals(other.category()) || PROFESSIONAL.equals(other.category())) && sharesWord(other.subject() + " " + other.value(), fact.subject())))) {
				continue;
			}
			out.add(fact);
		}
		return out;
	}

	/**
	 * "I swim 3 times a week and do yoga on Sundays": a routine whose value ran on into the next doing ("Swims 3 times a
	 * week and do yoga on Sundays") beside the routine read alone stands back; two readings of one routine where one
	 * only adds its time ("Plays valorant most nights" and "... most nights after 10pm") keep the fuller one.
	 */
	private static java.util.Collection<ExtractedFact> runOnRoutinesDropped(java.util.Collection<ExtractedFact> facts) {
		List<ExtractedFact> behaviour = facts.stream().filter(fact -> BEHAVIOR.equals(fact.category()) && !fact.retraction()).toList();
		if (behaviour.size() < 2) {
			return facts;
		}
		java.util.Set<ExtractedFact> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (ExtractedFact one : behaviour) {
			for (ExtractedFact other : behaviour) {
				String shorter = lower(one.value());
				String longer = lower(other.value());
				if (one == other || longer.length() <= shorter.length() || !longer.startsWith(shorter)) {
					continue;
				}
				dropped.add(compiled("^\\s*and\\s").matcher(longer.substring(shorter.length())).find() ? other : one);
			}
		}
		if (dropped.isEmpty()) {
			return facts;
		}
		return facts.stream().filter(fact -> !dropped.contains(fact)).toList();
	}

	/**
	 * "pls keep emails short, I skim everything": how they read is the reason for the length they ask for, said in that
	 * fact's value, not a habit of its own (where they read, "I read these on my phone", is the device they use: kept).
	 */
	private static java.util.Collection<ExtractedFact> readingReasonsFolded(java.util.Collection<ExtractedFact> facts) {
		return reasonsFolded(facts, fact -> COMMUNICATION.equals(fact.category()) && "answer_length".equals(fact.key()),
				fact -> BEHAVIOR.equals(fact.category()) && compiled("^(?:(?:always|usually|mostly|often|only|just)\\s+)?(?:skims|scans|skim-reads|speed-reads|glances at)\\b(?!.*\\b(?:on|at|around|every|before|after)\\s)", FLAGS).matcher(fact.value()).find(),
				fact -> lower(fact.value()));
	}

	private static String headVerb(String value) {
		String[] words = compiled("\\s+").split(compiled("^(?:(?:always|usually|mostly|mainly|often|normally|generally|only|basically|still)\\s+)+").matcher(lower(value)).replaceFirst(""));
		return words.length > 1 && compiled("is|has|does").matcher(words[0]).matches() ? words[0] + " " + words[1] : words[0];
	}

	private static boolean sharesWord(String a, String b) {
		Pattern nonWord = compiled("[^\\p{L}\\p{N}]+");
		java.util.Set<String> left = new java.util.HashSet<>(List.of(nonWord.split(lower(a))));
		for (String word : nonWord.split(lower(b))) {
			if (word.length() > 3 && left.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Please put everything in writing by email": "in writing" said beside the channel that carries it is how that
	 * channel is to be used, not a second channel: one fact, the channel's, keeps the words ("Prefers contact by email
	 * (in writing)").
	 */
	private static java.util.Collection<ExtractedFact> writingFolded(java.util.Collection<ExtractedFact> facts) {
		ExtractedFact written = null;
		ExtractedFact named = null;
		for (ExtractedFact fact : facts) {
			if (COMMUNICATION.equals(fact.category()) && "contact_channel".equals(fact.key()) && !fact.retraction()) {
				if ("written".equals(fact.subject())) {
					written = written == null ? fact : written;
				}
				else if (compiled("email|post|letter|text|whatsapp").matcher(lower(fact.subject())).matches()) {
					named = named == null ? fact : named;
				}
			}
		}
		if (written == null || named == null) {
			return facts;
		}
		ExtractedFact kept = named;
		ExtractedFact dropped = written;
		List<ExtractedFact> out = new ArrayList<>();
		for (ExtractedFact fact : facts) {
			if (fact == dropped) {
				continue;
			}
			out.add(fact != kept ? fact : fact.withValue(fact.value() + " (in writing)"));
		}
		return out;
	}

	/**
	 * One fact per category and value: two rules that read the same words the same way ("I want to learn Spanish" is
	 * both a goal and a language being learnt) would otherwise teach it twice under two keys. The surer one stays.
	 */
	private static List<ExtractedFact> distinctByValue(java.util.Collection<ExtractedFact> facts) {
		Map<String, ExtractedFact> kept = new LinkedHashMap<>();
		for (ExtractedFact fact : facts) {
			kept.merge(fact.category() + "|" + lower(fact.value()), fact,
					(first, second) -> second.confidence() > first.confidence() ? second : first);
		}
		return List.copyOf(kept.values());
	}

	/** Contractions typed without their apostrophe ("ive", "dont", "cant", "id rather"), read as written with it. */
	private static final Pattern BARE_CONTRACTION = Pattern.compile("\\b(?:(?<ive>ive)|(?<id>id)(?=\\s+(?:rather|love|like|prefer|say|never|always|probably|definitely))"
			+ "|(?<nt>dont|doesnt|didnt|cant|isnt|arent|wasnt|werent|wont|wouldnt|couldnt|shouldnt|havent|hasnt))\\b", FLAGS);

	static String apostrophesRestored(String text) {
		Matcher m = BARE_CONTRACTION.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String word = m.group();
			String fixed = m.group("ive") != null ? word.charAt(0) + "'ve"
					: m.group("id") != null ? word.charAt(0) + "'d"
					: word.substring(0, word.length() - 1) + "'" + word.substring(word.length() - 1);
			m.appendReplacement(out, Matcher.quoteReplacement(fixed));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * A sentence that has taught a fact about the writer and goes on in a list ("28F, Toronto, into climbing",
	 * "Mom of 3, full-time teacher", "coeliac AND dairy free"): each later item is read as a fragment that opens a
	 * sentence, until an item is about someone else or asks something.
	 */
	private void continuedList(String sentence, Map<String, ExtractedFact> facts) {
		String[] items = LIST_ITEM.split(sentence);
		String previous = items[0].strip();
		for (int i = 1; i < items.length; i++) {
			String item = LEADING.matcher(items[i].strip()).replaceFirst("").replaceAll("[.!…]+$", "").strip();
			if (item.isEmpty() || OTHER_SUBJECT.matcher(item).find() || QUESTION_START.matcher(item).find()) {
				return;
			}
			read(item, item, rules, facts);
			read(item, item, listRules, facts);
			if (AGE_TOKEN.matcher(previous).matches() && PLACE_ITEM.matcher(item).matches()) {
				livesIn(item, fact -> facts.putIfAbsent(fact.key() + "|" + lower(fact.subject()), fact)); // "28F, Toronto"
			}
			previous = item;
		}
	}

	/** Reads the clause by the rules into the facts, and says whether any rule read a fact (or a retraction) in it. */
	private static boolean read(String clause, String sentence, List<Rule> rules, Map<String, ExtractedFact> facts) {
		double weight = 1;
		String stripped = clause;
		Matcher hedge = HEDGE.matcher(stripped);
		if (hedge.find()) {
			weight = 0.6;
			stripped = stripped.substring(hedge.end());
		}
		if (HEDGE_INSIDE.matcher(stripped).find()) {
			weight *= 0.75;
		}
		stripped = stripped.replaceAll("[.!…]+$", "").strip();
		if (stripped.isEmpty()) {
			return false;
		}
		double w = weight;
		String clauseText = stripped;
		boolean[] role = new boolean[1];
		boolean[] readAny = new boolean[1];
		Consumer<ExtractedFact> add = fact -> {
			readAny[0] = true;
			// One fact per key, but a one-value key said twice with different values ("I lived in Paris...
			// now I live in Berlin") keeps both, in order: the later one replaces the earlier when merged.
			facts.putIfAbsent(fact.key() + (fact.exclusive() ? "|" + lower(fact.subject()) : "")
					+ (fact.retraction() ? "#r" : ""), scaled(fact, w));
			role[0] |= !fact.retraction() && PROFESSIONAL.equals(fact.category());
		};
		for (Rule rule : rules) {
			rule.apply(clauseText, sentence, add);
		}
		if (role[0]) {
			roleLocation(clauseText, add);
		}
		return readAny[0];
	}

	/**
	 * An emoji after words and before a new start ("training for my first half marathon 🏃 any shoes you'd recommend?",
	 * "locked out again 🙄 I'm on the desktop site") ends a sentence, as writers use it in place of a full stop; before
	 * a word that goes on ("two cats 🐱 so I need ...", "vegan 🌱 and gluten free") it does not.
	 */
	private static final Pattern EMOJI_BREAK = Pattern.compile("(?<=[\\p{L}\\p{N}!?.,)])[ \\t]*((?:[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}\\x{200D}][ \\t]*)+)[ \\t]+"
			+ "(?=(?!(?:and|but|so|or|because|cause|cos|coz|as|since|which|who|that|too|though|tho|lol|lmao|haha\\w*|with|for|to|of|in|on|at|from|than|then|x\\d*)\\b)[\\p{L}\\p{N}])", FLAGS);
	private static final Pattern JOKE_EMOJI = Pattern.compile("[😂🤣😜😉🙄]");
	private static final Pattern LAUGH_EMOJI = Pattern.compile("[😂🤣😜😉]");

	private static String emojiSentenceEnds(String text) {
		Matcher m = EMOJI_BREAK.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String emoji = m.group(1).strip();
			// a laughing emoji crowns a joke that may go on after it ("I'm a millionaire 😂 I own three yachts"): no
			// break, the whole sentence stays a joke; an eye-roll stays with the sentence it rolls its eyes at
			m.appendReplacement(out, Matcher.quoteReplacement(LAUGH_EMOJI.matcher(emoji).find() ? m.group()
					: JOKE_EMOJI.matcher(emoji).find() ? " " + emoji + ". " : ". "));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * A laugh inside a sentence ends what it laughs at: "I always forget my password lol, is there face ID?" and
	 * "i'm the guy at the back desk every day lol, dev for a gaming studio" go on after it with words of their own. The
	 * part up to the laugh is a sentence that ends in a laugh (its last clause, or all of it, is the joke); a laugh
	 * that opens the sentence ("lol imagine me running a marathon") still makes all of it one.
	 */
	private static final Pattern LAUGH_BREAK = Pattern.compile("(?<=\\b(?:lol|lmao|lmfao|rofl|(?:ha){2,6}h?|(?:he){2,6}))[,.!…]*(?:\\s+[–—-])?\\s+(?=\\S)", FLAGS);
	private static final Pattern LAUGH_ONLY = Pattern.compile("[\\s,.!…]*(?:(?:lol|lmao|lmfao|rofl|(?:ha){2,6}h?|(?:he){2,6})[\\s,.!…]*)+", FLAGS);
	/** "yeah right lol, ...", "I'm basically a vampire lol, ...": the laugh crowns a joke that goes on after it. */
	private static final Pattern HYPERBOLE = Pattern.compile("\\b(?:basically|literally|practically|technically|at this point|yeah right|sure|obviously)\\b", FLAGS);

	private static boolean hyperbole(String before) {
		String words = TRAILING_JOKE.matcher(before).replaceFirst("");
		return HYPERBOLE.matcher(words).find() || JOKE_SENTENCE.matcher(words).find() || SARCASTIC_START.matcher(words).find();
	}

	/** After a laugh, the writer goes on about themselves: "lol, I live in ...", "haha — my house is ...". */
	private static final Pattern GOES_ON_ABOUT_WRITER = Pattern.compile("^[,.!…\\s–—-]*(?:i|i'm|im|i am|i've|i have|my|we|we're|our)\\b", FLAGS);

	/**
	 * "I'm the queen of England lol, I live in Buckingham Palace": a claim about the writer that the laugh marks as a
	 * joke, and more about the writer after it, goes on with the same joke; the whole is one sentence (and a joke).
	 * A laugh at something that claims nothing ("ordering again lol, I'm vegetarian btw", "I'm the guy at the back
	 * desk lol, dev for a gaming studio") still ends only its own part.
	 */
	private boolean jokeGoesOn(String before, String after) {
		if (!GOES_ON_ABOUT_WRITER.matcher(LAUGH_ONLY_START.matcher(after).replaceFirst("")).find()) {
			return false;
		}
		String claim = TRAILING_JOKE.matcher(before.strip()).replaceFirst("").strip();
		if (CLAIMED_IDENTITY.matcher(LEADING.matcher(claim).replaceFirst("")).find()) {
			return true; // "I'm the queen of England lol, ...", "I'm a genius lol, ..."
		}
		Map<String, ExtractedFact> claimed = new LinkedHashMap<>();
		for (String clause : clauses(claim)) {
			read(LEADING.matcher(clause.strip()).replaceFirst(""), claim, rules, claimed);
		}
		return !claimed.isEmpty();
	}

	/** "I'm the queen of England", "im a certified genius": the writer says who or what they are. */
	private static final Pattern CLAIMED_IDENTITY = Pattern.compile("^(?:i'm|im|i am)\\s+(?:(?:literally|basically|actually|officially|secretly|clearly)\\s+)?(?:a|an|the)\\s+\\p{L}", FLAGS);
	private static final Pattern LAUGH_ONLY_START = Pattern.compile("^[\\s,.!…]*(?:(?:lol|lmao|lmfao|rofl|(?:ha){2,6}h?|(?:he){2,6})[\\s,.!…]*)+", FLAGS);

	/** "(obviously lol)", "(haha)": an aside that laughs at itself, not at the statement around it. */
	private static final Pattern LAUGHING_ASIDE = Pattern.compile("\\s*\\([^()]*\\b(?:lol|lmao|haha\\w*|hehe\\w*)\\b[^()]*\\)", FLAGS);
	/**
	 * "what is the price for the blue one, I am in Lagos", "any news on my order, my address changed": a question
	 * asked without its mark and a statement of the writer's own after a comma; the statement is a sentence of its own.
	 */
	private static final Pattern QUESTION_THEN_STATEMENT = Pattern.compile(",\\s+(?:(?:sorry|also|btw|fyi|oh|as|since|because|cause|cos|coz)\\s+)?(?=(?:i|i'm|im|i am|iam|i've|my|we|we're|we've)\\b)", FLAGS);
	private static final Pattern IMAGINED = Pattern.compile("\\b(?:if|imagine|suppose|supposing|hypothetically|say)\\b", FLAGS);
	private static final java.util.function.Predicate<String> SHARED_QUESTION = before -> {
		String question = LEADING.matcher(before.strip()).replaceFirst("");
		return QUESTION_START.matcher(question).find() && !IMAGINED.matcher(question).find();
	};

	/** Emojis and pictographs that decorate a message; the ones that mark a joke or sarcasm stay for the joke check. */
	private static final Pattern DECORATION = Pattern.compile("(?![😂🤣😜😉🙄])[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}\\x{200D}]");
	private static final Pattern TAG_QUESTION = Pattern.compile("[,\\s]+(?:yeah|yea|right|eh|innit|ok|okay|correct|yes)\\?+$", FLAGS);
	/** Where a question runs on after a statement with no punctuation: "... is that ok", "... can they be ...". */
	private static final Pattern RUN_ON_QUESTION = Pattern.compile("(?<!\\b(?:i|we|you|u|they|he|she|it|who|that|to|and|or|not|never|also|just|really|usually|always|only|which|what|'ll|'d|'ve|'re))(?<!n't)"
			// "which passport should I use", "what size would you recommend": the question's own words, not a statement before it
			+ "(?<!\\b(?:which|what|whose|how many|how much)\\s[\\p{L}-]{1,20})"
			+ "(?<=\\S)[,\\s]+(?=(?:(?:is|are)\\s+(?:that|this|it|there|you|u|they|he|she|anyone|anybody)(?!/)|(?:does|do|did|can|could|would|will|should)\\s+(?:you|u|ya|i|we|they|he|she|it|someone|somebody|anyone|anybody|your|ur|the|this|that|these|those)"
			+ "|(?:what|when|where|how|why)(?:'s|s)?\\s+(?:is|are|does|do|did|can|could|would|will|should|the|you|u)|which\\s+(?:one|ones|is best|would|should|do|does|can|of)\\b|(?:what|when|where|which|how|who|why)(?:'s|s)\\s)\\b)", FLAGS);

	/** "As a nurse would you take this job?", "if I moved would the plan change": the part before belongs to the question. */
	private static final Pattern SUBORDINATE_START = Pattern.compile("^(?:as|if|when|whenever|since|because|while|for|with|after|before|although|though|unless|once|say|suppose)\\b", FLAGS);

	private static List<String> runOnQuestionsSplit(String sentence) {
		return splitWhere(sentence, RUN_ON_QUESTION,
				before -> !before.isEmpty() && !SUBORDINATE_START.matcher(before.strip()).find());
	}

	/** The text cut at each match of {@code at} whose text since the last cut {@code cutAfter} accepts. */
	private static List<String> splitWhere(String text, Pattern at, java.util.function.Predicate<String> cutAfter) {
		return splitWhere(text, at, (before, after) -> cutAfter.test(before));
	}

	/** The same, where the cut may also depend on the text after it. */
	private static List<String> splitWhere(String text, Pattern at, java.util.function.BiPredicate<String, String> cutAfter) {
		Matcher m = at.matcher(text);
		List<String> parts = new ArrayList<>();
		int from = 0;
		while (m.find()) {
			if (cutAfter.test(text.substring(from, m.start()), text.substring(m.end()))) {
				parts.add(text.substring(from, m.start()));
				from = m.end();
			}
		}
		parts.add(text.substring(from));
		return parts;
	}

	private static final Pattern GREETING_ONLY = Pattern.compile("(?:hi|hello|hey|hiya|heya|good (?:morning|afternoon|evening))(?:\\s+(?:there|all|everyone|team|folks))?\\s*[!.,]*", FLAGS);
	/** "hiya can u, im T1D": what is left of a request once its "check if ..." is gone. */
	private static final Pattern DANGLING_REQUEST = Pattern.compile("^(?:(?:hi|hiya|hey|hello|yo)\\s*,?\\s+)?(?:can|could|would) (?:u|you)(?: please| pls| plz)?\\s*,\\s*", FLAGS);
	/** "me and the kids are in Ballymena": the writer with others, read as "we". */
	private static final Pattern ME_AND = Pattern.compile("(?<=^|^(?:yeah|yes|so|ok|okay|well|and|but)\\s|^(?:yeah|yes|ok|okay|well) so\\s)me\\s+and\\s+(?:my|the|our)\\s+\\p{L}+\\s+(?=(?:are|were|have|live|both|all)\\b)", FLAGS);

	/** "Can you text me instead of calling", "can someone ring me on the landline please": a request, read as one. */
	private static final Pattern POLITE_CONTACT = Pattern.compile(
			"^(?:(?:hi|hello|hey)\\s*,?\\s+)?(?:can|could|would|will) (?:you|u|someone|somebody|one of you) (?:please |pls |kindly |just )?(?=(?:text|email|e-mail|message|whatsapp|ring|call|phone|contact|reply|respond|answer|write|send|keep|skip|stop)\\b"
					+ "|give me (?:(?:only|just|much|a bit|some)\\s+)?(?:short|shorter|brief|briefer|longer|more detailed|detailed|simple|simpler|plain|step[- ]by[- ]step|bullet)\\b)",
			FLAGS);

	/** "Can u not send me push notifications at 3am pls", "could you not ring me at work?": asks them not to, as "please don't" does. */
	private static final Pattern REQUEST_NOT = Pattern.compile(
			"^(?:(?:hi|hello|hey)\\s*,?\\s+)?(?:can|could|would|will) (?:you|u|you guys)(?: please| pls| plz)? not (?=(?:send|call|ring|text|email|e-mail|message|phone|contact|spam|ping|notify|bother)\\b)",
			FLAGS);

	private static String politeRequestStripped(String sentence) {
		Matcher not = REQUEST_NOT.matcher(sentence);
		if (not.find()) {
			return "please don't " + sentence.substring(not.end()).replaceAll("\\?+$", "").strip();
		}
		Matcher m = POLITE_CONTACT.matcher(sentence);
		return !sentence.endsWith("?") && m.find() ? sentence.substring(m.end()).replaceAll("\\?+$", "").strip() : sentence;
	}

	/** "I'm a nurse so plz only message after 2pm", "pls no phone calls i have anxiety": clauses of the writer's own. */
	private static final Pattern RUN_ON_I = Pattern.compile("(?<=\\p{L})\\s+(?=(?:i|i'm|im|i've|i'd)\\s+\\p{L}+\\s+[\\p{L}\\d])", FLAGS);
	private static final java.util.Set<String> NOT_BEFORE_RUN_ON_I = java.util.Set.of("and", "but", "so", "that", "if", "because",
			"cos", "when", "as", "since", "which", "where", "what", "who", "than", "like", "how", "whether", "think", "thinks",
			"thought", "know", "knows", "guess", "said", "say", "says", "believe", "hope", "wish", "feel", "sure", "until",
			"till", "while", "before", "after", "unless", "once", "whenever", "or", "whom", "why", "now", "then", "tell",
			"told", "mean", "means", "realise", "realize", "forgot", "remember", "wonder", "apparently", "also", "just");

	private static List<String> clauses(String sentence) {
		List<String> clauses = new ArrayList<>();
		for (String clause : CLAUSE_SPLIT.split(sentence)) {
			for (String part : splitWhere(clause, RUN_ON_I, before -> {
				String[] words = before.strip().split("\\s+");
				return words.length >= 2 && !NOT_BEFORE_RUN_ON_I.contains(lower(words[words.length - 1]));
			})) {
				List<String> pieces = splitWhere(part, AND_IMPLIED_I, SAID_OF_WRITER::test);
				for (int i = 0; i < pieces.size(); i++) {
					String piece = i == 0 ? pieces.get(i) : "I " + pieces.get(i); // "im in grade 11 and want to study medicine"
					List<String> continued = splitWhere(piece, AND_STILL_AM, AM_GOES_ON);
					clauses.add(continued.get(0));
					continued.subList(1, continued.size()).forEach(more -> clauses.add("I'm " + more)); // "I'm 19 and a new driver"
				}
			}
		}
		return clauses;
	}

	/**
	 * "I'm a nurse and work from home most days", "I have two kids and run a bakery": a second verb after "and" whose
	 * subject is the writer's "I" (the clause is read with it, see IMPLIED_SUBJECT); not when the first clause only
	 * wants, plans, imagines or denies ("I want to learn Spanish and live in Madrid", "I don't smoke and play rugby").
	 */
	private static final Pattern AND_IMPLIED_I = Pattern.compile("\\s+and\\s+(?=(?:also\\s+)?(?:live|work|speak|love|enjoy|play|study|teach|own|run|walk|ride|cycle|swim|sit|volunteer|cook|drive|commute|want"
			+ "|do(?!\\s+(?:you|u|ya|they|we|i|it|he|she|the|your|that|this)\\b))\\s+\\p{L})", FLAGS);
	private static final Pattern FIRST_PERSON_STATE = Pattern.compile("^(?:i|i'm|im|i am|i've)\\s", FLAGS);
	private static final Pattern NOT_A_STATE = Pattern.compile("\\b(?:to|would|will|'d|'ll|might|may|could|can|can't|cannot|should|gonna|wanna|want|wants|wanted|hope|hoping|plan|planning|"
			+ "if|when|once|not|never|no|used|wish|thinking|considering|trying|going)\\b|n't\\b", FLAGS);
	private static final java.util.function.Predicate<String> SAID_OF_WRITER = before -> {
		String said = LEADING.matcher(before.strip()).replaceFirst("");
		return FIRST_PERSON_STATE.matcher(said).find() && !NOT_A_STATE.matcher(said).find();
	};
	/**
	 * "I'm a type 1 diabetic and a runner", "I'm 19 and a brand new driver", "I'm celiac and travelling through Italy in
	 * May", "I'm 19 and at uni in Glasgow": a second state after "and" whose "I'm" is the first clause's; read as "I'm
	 * a runner". Only after a plain "I'm ..." (not "I'm looking for a desk and a chair", "I've got a dog and a cat") and
	 * not inside a list of pastimes ("I'm into hiking and climbing in the Alps").
	 */
	private static final String GOING_ON = "(?!(?:during|nothing|something|anything|everything)\\b)\\p{L}{2,}ing\\s+(?:to|for|through|in|with|on|at|around|across|solo|abroad|alone|full[- ]time|part[- ]time|as|from|a|an|the|my|our|\\d)";
	private static final Pattern AND_STILL_AM = Pattern.compile("\\s+and\\s+(?:also\\s+)?(?=(?:an?\\s+[\\p{L}\\d]|(?:at|in)\\s+(?:uni|university|college|school|sixth form)\\b|" + GOING_ON + "))"
			// "I'm a freelance translator, mostly working 9-3", "I am Deepa, travelling with an infant"
			+ "|,\\s+(?=(?:(?:mostly|usually|currently|now|still|also)\\s+)?" + GOING_ON + ")", FLAGS);
	private static final Pattern PLAIN_AM = Pattern.compile("^(?:i'm|im|i am)\\s+(?!.*\\b(?:for|with|to|at|in|on|about|from|into|like|than|as|after|looking|need|want|fan|love|like|enjoy|interested|passionate|obsessed|keen|addicted|hooked|good|not|never|no)\\b)", FLAGS);
	private static final java.util.function.BiPredicate<String, String> AM_GOES_ON = (before, after) -> {
		String said = LEADING.matcher(before.strip()).replaceFirst("");
		return PLAIN_AM.matcher(said).find() && !NOT_A_STATE.matcher(said).find();
	};

	/** Items of a list about the writer: commas, and "and" before another state of theirs. */
	private static final Pattern LIST_ITEM = Pattern.compile("\\s*,(?!\\d{3}\\b)\\s*|\\s+(?:and|&)\\s+(?=(?:also\\s+)?(?:allergic|intolerant|lactose|gluten|dairy|nut|coeliac|celiac|diabetic|vegan|vegetarian|pescatarian|into|from|working|studying)\\b)", FLAGS);
	/** "Long time customer, mum of three, living in Adelaide": a list opened by what the writer is to the business. */
	private static final Pattern SELF_DESCRIPTOR = Pattern.compile("(?:(?:long[- ]?time|loyal|regular|new|first[- ]time|returning|happy|frequent)\\s+(?:customer|member|user|client|subscriber|reader|listener|buyer|shopper|guest)|(?:new|first time) here|been\\s+(?:playing|gaming|using (?:it|this|the app)|a (?:member|customer|player|user))\\s+(?:since|for)\\b.*)", FLAGS);
	private static final Pattern AGE_TOKEN = Pattern.compile("(?:.*\\s)?\\d{2}\\s?(?:[mf]|nb|yo|y/o|yrs|years old)", FLAGS);
	private static final Pattern PLACE_ITEM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?");

	/**
	 * A sentence that ends in a question keeps only the statement before its last comma: "I use a wheelchair, is the
	 * venue accessible?" states a fact, "Is it possible to live in Paris?" does not.
	 */
	private static String statementPart(String sentence) {
		if (!sentence.endsWith("?")) {
			return sentence;
		}
		Matcher polite = POLITE_REQUEST.matcher(sentence);
		if (polite.find()) {
			return sentence.substring(polite.end()).replaceAll("\\?+$", "").strip();
		}
		Matcher contact = POLITE_CONTACT_QUESTION.matcher(sentence);
		if (contact.find()) {
			return sentence.substring(contact.end()).replaceAll("\\?+$", "").strip();
		}
		Matcher channel = CHANNEL_ASKED.matcher(sentence);
		if (channel.find()) {
			String before = sentence.substring(0, channel.start()).strip();
			return (before.isEmpty() ? "" : before + "; ") + "please contact me by " + lower(channel.group("channel"));
		}
		int comma = Math.max(Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf(" - ")), Math.max(sentence.lastIndexOf(" — "), sentence.lastIndexOf(" – "))); // "I'm allergic to latex — are the gloves nitrile?"
		if (comma <= 0) {
			Matcher ifAsked = ASKED_IF.matcher(sentence);
			if (ifAsked.find()) {
				String main = sentence.substring(0, ifAsked.start());
				String opening = LEADING.matcher(main.strip()).replaceFirst("");
				if (WRITER_STATES.matcher(opening).find() && !IF_FRAME.matcher(main).find() && !compiled("\\b(?:know|ask|asking|check|see|tell|find out)\\s*$", FLAGS).matcher(main).find()) {
					return main.strip(); // "we're a vegan household so I'd like plant-based food if that's even a thing?"
				}
			}
			// "... any calming teas you'd recommend?", "... any tips u can give?": the question is asked of the reader
			Matcher any = compiled("\\s+any\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+(?:for|on|in|left|available|going"
					+ "|(?:you|u|ya|y'all|you guys|anyone|anybody|people|folks)(?:'d|d|'ll| would| could| can| might| will)?\\s+(?:recommend|suggest|advise|reccomend|recommand|rec|use|try|know)|to\\s+(?:help|get|stop|make|keep|improve|avoid|fix))\\b", FLAGS).matcher(sentence);
			return any.find() ? sentence.substring(0, any.start()).strip() : ""; // "love me some Taylor Swift any presale codes for Eras??"
		}
		return sentence.substring(0, comma).strip();
	}

	/** What a sentence asks in a trailing "if"/"whether" after a statement of the writer's own. */
	private static final Pattern ASKED_IF = Pattern.compile("\\s+(?:if|whether)\\s+\\p{L}", FLAGS);
	private static final Pattern WRITER_STATES = Pattern.compile("^(?:i|i'm|im|i am|i've|i'd|we|we're|we've|we'd|my)\\s", FLAGS);

	/**
	 * "Can we just do this over email?", "can we do async over email?", "could we keep it to WhatsApp?": the channel
	 * the writer asks to be dealt with on, asked as a question; read as the wish it is.
	 */
	private static final Pattern CHANNEL_ASKED = Pattern.compile("(?:^|,\\s*|\\s+)(?:(?:hi|hey|hello)\\s*,?\\s+)?(?:can|could|shall)\\s+(?:we|you|u)\\s+(?:just\\s+|please\\s+|pls\\s+|plz\\s+)?"
			+ "(?:do|keep|continue|move|take|handle|sort|switch|carry on)(?:\\s+(?:this|it|that|things|everything|async|this all|it all|the rest))?\\s+"
			+ "(?:over|via|by|on|through|to|in)\\s+(?:(?:an?|the)\\s+)?(?<channel>e-?mail|text|sms|whatsapp|phone|chat|post|letter|signal|telegram)\\s*(?:instead|only|from now on|please|pls|plz)?\\s*\\?+$", FLAGS);

	/** What "I need to know if ..." asks runs to the next comma, or to a reason the writer gives ("... because I always travel with my pug"). */
	private static final String ASKED_UNTIL = "(?:[^,](?!\\s(?:because|cos|coz|since|as)\\s+(?:i|i'm|i've|my)\\b))*[^,]?";
	/**
	 * "if that helps", "in case it matters", "tell me if the refund went through": an "if" that asks or offers, not
	 * one that imagines; removed before the sentence is checked for hypotheticals.
	 */
	private static final Pattern COURTESY_CONDITIONAL = Pattern.compile(
			",?\\s*\\b(?:(?:if|in case)\\s+(?:that|it|this)(?:'s|s|\\s+is)?\\s+(?:helps?|matters?|relevant|useful|makes a difference|ok|okay|fine|works?(?:\\s+for\\s+(?:you|u|you guys))?)"
					+ "|if (?:possible|you can|you could|you don't mind|that's possible)"
					+ "|(?:(?:not sure|no idea|dunno)\\s+)?if (?:relevant|needed|necessary|important|useful|helpful|it's relevant|that's relevant|this is relevant)\\b" // "not sure if relevant but I'm diabetic"
					+ "|(?:it\\s+)?(?:would|'d)\\s+be\\s+(?:great|ideal|nice|helpful|good|amazing|brilliant|lovely|perfect|awesome)\\s+if\\b.*$"
					+ "|(?:tell|let) me(?: know)? (?:if|whether)\\b[^,]*|(?:need|want|would like|'d like) to (?:know|check) (?:if|whether)\\b" + ASKED_UNTIL
					+ "|(?:(?:and|so)\\s+)?(?:i\\s+)?(?:was|am|'m)\\s+wondering (?:if|whether)\\b[^,]*" // "im 19 and at uni and was wondering if ..."
					+ "|(?:check|see|wondering|ask(?:ing)?) (?:if|whether)\\b[^,]*)",
			FLAGS);
	private static final Pattern REQUEST_THEN_IF = Pattern.compile("(?<=^(?:please\\s+)?(?:be|keep|stay|give|send|use|write|answer|reply|talk|text|email|call|skip)\\b[^,]{1,40}),\\s*if\\b.*$", FLAGS);
	private static final Pattern TRAILING_JOKE = Pattern.compile("\\s+(?:lol|lmao|haha\\w*|hehe\\w*)[.!]*$", FLAGS);
	private static final Pattern LAST_BOUNDARY = Pattern.compile("(?:,|\\s+so|\\s+-|\\s+and)\\s+(?!.*(?:,|\\s+so\\s|\\s+-\\s|\\s+and\\s))", FLAGS);

	/**
	 * A "lol" at the end of a sentence laughs at its last clause: "I work in accounts payable, invoices are my life lol"
	 * still says where they work; "Pizza is my weakness lol" says nothing (and is skipped as a joke).
	 */
	private static String trailingJokeRemoved(String sentence) {
		Matcher joke = TRAILING_JOKE.matcher(sentence);
		if (!joke.find()) {
			return sentence;
		}
		String before = sentence.substring(0, joke.start());
		if (JOKE_SENTENCE.matcher(before).find() || SARCASTIC_START.matcher(before).find()) {
			return sentence;
		}
		Matcher boundary = LAST_BOUNDARY.matcher(before);
		return boundary.find() ? before.substring(0, boundary.start()).strip() : sentence;
	}

	/**
	 * Reported speech whose subject is the writer's own health: what "my doctor says I should ..." or "my GP told me
	 * to ..." asks of the writer, and what "my consultant says I'm ..." says they are. Someone else's advice ("my doctor
	 * says my son should ...", "my sister's doctor says ...") stays reported speech and teaches nothing.
	 */
	private static final String CARER = "(?:(?:my|the|our)\\s+)?(?:doctor|doc|gp|dentist|physio|physiotherapist|consultant|dietitian|dietician|nutritionist|specialist|cardiologist|dermatologist|"
			+ "endocrinologist|allergist|diabetes nurse|nurse|midwife|optician|surgeon|rheumatologist|gastroenterologist|hygienist)";
	private static final Pattern ADVISED = Pattern.compile("^" + CARER + "\\s+(?:says|said|told|has told|tells|keeps telling|advised|has advised|advises|recommended|recommends|wants)\\s+"
			+ "(?:me\\s+)?(?:that\\s+)?(?:i\\s+(?:should|must|need to|have to|ought to|'ve got to|got to)|(?:me\\s+)?to)\\s+", FLAGS);
	private static final Pattern ADVISED_STATE = Pattern.compile("^" + CARER + "\\s+(?:says|said|told me|has told me|thinks|confirmed)\\s+(?:that\\s+)?(?=(?:i'm|i am|im)\\s)", FLAGS);

	/** What a carer asks of the writer's diet or body, as reported: a constraint of theirs, not a one-off ("stay off it for a week"). */
	private void roundSixAdvice() {
		Pattern oneOff = compiled("\\b(?:for (?:a|the|one|two|three|\\d+|a few|the next) (?:days?|weeks?|months?)|today|tonight|tomorrow|this week|until|till|before (?:the|my) (?:op|operation|surgery|scan|test))\\b", FLAGS);
		rule("^I'm advised to (?<x>(?:cut down on|cut back on|cut out|eat less|eat more|drink less|drink more|avoid|limit|reduce|watch|stay off|keep off|give up|stop eating|stop drinking|lower|go easy on|stay away from|keep away from|stick to|eat)\\s+[\\p{L}\\d][\\p{L}\\d' -]{1,40})$", (m, out) -> {
			String advice = lower(m.group("x")).strip();
			if (!oneOff.matcher(advice).find()) {
				out.accept(fact(CONSTRAINTS, "health", "health_advice_" + slug(advice), "Was advised by a doctor to " + advice, advice,
						Map.of("advice", advice), 0.7, false));
			}
		});
	}

	/** An "if" inside a sentence, after a statement of the writer's: "I'd love to run a marathon one day if my knees let me". */
	private static final Pattern MID_IF = Pattern.compile("(?<=\\S)[,\\s]+if\\b", FLAGS);
	/** "as if", "even if", "what if", "only if": an "if" whose main clause is itself unsure or sarcastic. */
	private static final Pattern IF_FRAME = Pattern.compile("\\b(?:as|even|what|only|wonder|wondering|sure|know|unsure|imagine|suppose)[,\\s]*$", FLAGS);
	/** A main clause that only holds in the imagined case: "I'd be a millionaire if ...", "I'll go vegan if ...". */
	private static final Pattern UNREAL = Pattern.compile("\\b(?:would|could|might|will|'d|'ll|wouldn't|gonna|going to)\\b", FLAGS);
	/** A wish is no imagined case: "I'd love to ...", "I'd prefer if ...", "I would be grateful if ...". */
	private static final Pattern WISH = Pattern.compile("\\b(?:would|'d)\\s+(?:(?:really|much|so|also|still)\\s+)?(?:love|like|prefer|rather|appreciate|be\\s+(?:so\\s+|very\\s+|really\\s+)?(?:grateful|thankful|happy|glad|obliged|delighted))\\b", FLAGS);
	/** Where the "if" clause ends: a new clause of the writer's, or a reason. */
	private static final Pattern IF_CLAUSE_END = Pattern.compile(",\\s+(?=(?:i|i'm|im|i've|i am|my|as|because|since|so|but)\\b)|[;:]\\s+", FLAGS);

	/**
	 * The conditional clause of a sentence that states something before it, without the rest of the sentence: "I
	 * speak Cantonese and Mandarin, if there's a therapist who speaks either that'd be ideal" still says which
	 * languages, "I'd love to run a marathon one day if my knees let me" still says the goal. A sentence that opens
	 * with "if", an "as if"/"what if"/"not sure if", and a main clause that only holds in the imagined case ("I'd be a
	 * millionaire if ...", "I'll go vegan if ...") are left whole, and skipped as hypothetical.
	 */
	private static String conditionalRemoved(String sentence) {
		Matcher m = MID_IF.matcher(sentence);
		if (!m.find()) {
			return sentence;
		}
		String main = sentence.substring(0, m.start());
		String opening = LEADING.matcher(main.strip()).replaceFirst("");
		if (opening.isEmpty() || IF_FRAME.matcher(main).find() || UNREAL.matcher(main).find() && !WISH.matcher(main).find()
				|| QUESTION_START.matcher(opening).find() || IMAGINED.matcher(main).find()) {
			return sentence;
		}
		Matcher end = IF_CLAUSE_END.matcher(sentence);
		String rest = end.find(m.end()) ? ", " + sentence.substring(end.end()) : "";
		return conditionalRemoved(main + rest);
	}

	/**
	 * "Would love to get my licence this year", "honestly would rather pay monthly", "always prefer aisle": a wish or a
	 * preference said without its "I", as writers in a hurry do; "would" opening it is no question ("would you ...?"
	 * keeps its subject after the verb). Not "prefer the blue one": a choice of this order, not a taste.
	 */
	private static final Pattern WISH_WITHOUT_I = Pattern.compile("(?:would|'d)\\s+(?:(?:really|much|so|also|still|definitely)\\s+)?(?=(?:love|like|prefer|rather)\\b)", FLAGS);
	private static final Pattern PREFER_WITHOUT_I = Pattern.compile("(?=(?:(?:always|usually|generally|mostly|normally|definitely|much|really|also|tend to)\\s+)?prefer\\s+(?!not\\b|to not\\b|(?:the|this|that|these|those)\\b)\\p{L})", FLAGS);

	private static String subjectRestored(String sentence) {
		Matcher lead = LEADING.matcher(sentence);
		int at = lead.lookingAt() ? lead.end() : 0;
		Matcher wish = WISH_WITHOUT_I.matcher(sentence).region(at, sentence.length());
		if (wish.lookingAt()) {
			return sentence.substring(0, at) + "I'd " + sentence.substring(wish.end());
		}
		Matcher prefer = PREFER_WITHOUT_I.matcher(sentence).region(at, sentence.length());
		return prefer.lookingAt() ? sentence.substring(0, at) + "I " + sentence.substring(at) : sentence;
	}

	/**
	 * "I would be grateful if your replies were kept short", "I'd appreciate it if you could call after 6": what the
	 * writer asks for, said as a polite condition, is the request itself ("please keep your replies short").
	 */
	private static final Pattern GRATEFUL_IF = Pattern.compile("(?:\\b(?:i|we)(?:'d|\\s+would)|(?:^|\\bso\\s+|\\band\\s+)would)\\s+(?:be\\s+(?:very\\s+|really\\s+|most\\s+|so\\s+)?(?:grateful|thankful|obliged|happier)|(?:really\\s+)?appreciate(?:\\s+it)?|prefer\\s+it|like\\s+it)\\s+if\\s+"
			+ "(?:(?:you|u)\\s+(?:could|would|can|will)\\s+(?:please\\s+|kindly\\s+|just\\s+)?(?<request>[^,]+)"
			+ "|(?<said>(?:(?:your|the|all|any)\\s+)?(?:\\p{L}+\\s+)?(?:replies|answers|responses|messages|emails|explanations))\\s+(?:were|was|are|could be|would be)\\s+(?:kept\\s+)?(?<how>[^,]+))$", FLAGS);

	private static final Pattern FOR_ANOTHER = Pattern.compile("\\b(?:for|to)\\s+(?:my|his|her|their|him|them|our)\\b", FLAGS);

	private static String gratefulIfAsked(String sentence) {
		Matcher m = GRATEFUL_IF.matcher(sentence);
		if (!m.find()) {
			return sentence;
		}
		String asked = m.group("request") != null ? m.group("request") : "keep " + m.group("said") + " " + m.group("how");
		if (FOR_ANOTHER.matcher(asked).find()) {
			return sentence; // "... if the answers were kept brief for my dad"
		}
		return sentence.substring(0, m.start()) + "please " + asked;
	}

	/**
	 * A statement of the writer's in brackets inside another ("I'm at work (I'm a pharmacist) and can't take calls",
	 * "we ship to my office (I work in Leeds)") is also read as a sentence of its own after the message.
	 */
	private static final Pattern OWN_ASIDE = Pattern.compile("\\s*\\(\\s*(?<aside>(?:i|i'm|im|i am|i've|i work|i live)\\b[^()]{3,80}?)\\s*\\)", FLAGS);

	private static String asidesAfter(String text) {
		Matcher m = OWN_ASIDE.matcher(text);
		StringBuilder out = new StringBuilder(text);
		while (m.find()) {
			out.append('\n').append(m.group("aside").strip());
		}
		return out.toString();
	}

	/**
	 * "I'm 58, I have never set foot in a gym, and my doctor told me I need strength training": what someone else says
	 * later in the sentence drops only its own clause and what follows; the writer's statements before it stay. A carer's
	 * advice about the writer is kept as the advice it is ("..., and my GP says I should cut down on salt"). Reported
	 * speech that opens the sentence ("my wife says I'm a workaholic, and ...") still drops all of it.
	 */
	/** The writer's own words again ("as I said", "I told you last time"): what they report is about themselves, no one else's speech. */
	private static final Pattern OWN_WORDS = Pattern.compile("^(?:(?:hi|hello|hey|yes|yeah|no|ok|okay|so|well|again|sorry)[,!.]?\\s+)*(?:(?:like|as)\\s+i(?:'ve)?\\s+(?:said|mentioned|told you|wrote|explained|already said)"
			+ "(?:\\s+(?:before|earlier|already|last time|previously|on the phone|in my last message|in my email))?[,.]?\\s+"
			+ "|i(?:'ve|\\s+have)?\\s+(?:already\\s+)?(?:told|said to|mentioned to|explained to)\\s+(?:you|u|your\\s+\\p{L}+|the\\s+\\p{L}+|them|you guys)"
			+ "(?:\\s+(?:before|earlier|already|last time|twice|three times|several times|many times|on the phone))?\\s+(?:that\\s+)?)(?=(?:i'm|i am|im|i have|i've|i live|i work|i can't|i don't|my)\\b)", FLAGS);

	private static String reportedLater(String sentence) {
		Matcher reported = REPORTED.matcher(sentence);
		if (!reported.find()) {
			return sentence;
		}
		Matcher boundary = CLAUSE_SPLIT.matcher(sentence);
		int cut = -1;
		int cutEnd = -1;
		while (boundary.find() && boundary.end() <= reported.start()) {
			cut = boundary.start();
			cutEnd = boundary.end();
		}
		if (cut <= 0) {
			return sentence;
		}
		String before = sentence.substring(0, cut).strip();
		if (!WRITER_STATES.matcher(LEADING.matcher(before).replaceFirst("")).find() || skipped(before)) {
			return sentence;
		}
		String said = LEADING.matcher(sentence.substring(cutEnd).strip()).replaceFirst("");
		String advised = ADVISED_STATE.matcher(ADVISED.matcher(said).replaceFirst("I'm advised to ")).replaceFirst("");
		return advised.equals(said) || REPORTED.matcher(advised).find() ? before : before + "; " + advised;
	}

	/** "I'd rather wait than go in now", "I'd prefer the window seat this time": a wish about this once, not a preference. */
	private static final Pattern ONE_OFF_WISH = Pattern.compile("\\b(?:'d|would)\\s+(?:rather|prefer|like)\\b(?!.*\\b(?:from now on|going forward|in future|in the future)\\b)"
			+ ".*\\b(?:now|right now|today|tonight|this time|this week|this once|at the moment|for now)[.!]*$", FLAGS);
	/** "I don't have a car, I'm just asking for a friend who ...": what the sentence says is about that other person. */
	private static final Pattern ASKING_FOR_ANOTHER = Pattern.compile("\\b(?:asking|enquiring|inquiring)(?:\\s+this)?\\s+for\\s+(?:a|my|his|her|our|him|them|someone|somebody)\\b", FLAGS);

	private static boolean skipped(String sentence) {
		String s = sentence.strip();
		return s.endsWith("?") || ASKING_FOR_ANOTHER.matcher(s).find() || QUESTION_START.matcher(LEADING.matcher(s).replaceFirst("")).find()
				|| HYPOTHETICAL.matcher(s).find()
				|| REPORTED.matcher(s).find()
				|| JOKE_SENTENCE.matcher(s).find()
				|| SARCASTIC_START.matcher(s).find() || DOUBT.matcher(s).find();
	}

	/** "I'm thinking of learning the guitar, but who knows": the writer doubts it themselves. */
	private static final Pattern EVERY_DAY = Pattern.compile("^\\s*(?:,\\s*)?(?:every|each)\\s+(?:single\\s+)?(?:day|morning|weekday)\\b|^\\s*(?:,\\s*)?daily\\b", FLAGS);
	/**
	 * A joke the writer takes back and then says the truth about themselves: "I'm a surgeon, just kidding, I'm a
	 * student", "Billionaire here jk, I'm a teacher": the words before it, back to the last sentence end, are the
	 * joke; a "jk" with no statement of their own after it still leaves the whole message a joke.
	 */
	private static final Pattern JOKE_TAKEN_BACK = Pattern.compile(
			"[^.!?…\\n]*?[\\s,.!…]+(?:just kidding|just joking|only joking|kidding|joking|jk|j/k)(?:\\s+(?:lol|haha\\w*))?[,.!…]*\\s+"
					+ "(?=(?:(?:but|seriously|actually|really|in reality|for real|no|honestly)[,]?\\s+)*(?:i|i'm|im|i am|i've|i work|i live)\\b(?![^.!?…\\n]*\\b(?:just kidding|kidding|joking|jk|j/k)\\b))", FLAGS);
	/** What a writer takes back at once ("... actually no", "scratch that"): the words before it, back to the last sentence end. */
	private static final Pattern TAKEN_BACK = Pattern.compile(
			"[^.!?…]*?[\\s,.!?…]+(?:actually,?\\s+no|scratch that|never ?mind|on second thought)\\b[,.!…]*\\s*", FLAGS);
	private static final Pattern DOUBT = Pattern.compile(",?\\s*(?:but\\s+)?(?:who knows|we'll see|we will see|probably not|maybe not|not sure yet|doubt it|if ever)[.!]*$"
			+ "|\\b(?:that's|thats|that is|it's|its)\\s+never\\s+(?:happening|gonna happen|going to happen)\\b|\\b(?:not|never)\\s+gonna\\s+happen\\b|\\bwho am i kidding\\b|\\bpipe dream\\b", FLAGS);

	private static ExtractedFact scaled(ExtractedFact fact, double weight) {
		return weight == 1 ? fact : new ExtractedFact(fact.category(), fact.type(), fact.key(), fact.value(),
				fact.subject(), fact.structuredValue(), fact.confidence() * weight, fact.exclusive(), fact.stance(),
				fact.retraction());
	}

	/** Facts whose subject mentions a tenant category's keyword move to that category. */
	private static List<ExtractedFact> tenantCategories(List<ExtractedFact> facts, List<TenantCategory> categories) {
		if (categories.isEmpty()) {
			return facts;
		}
		List<ExtractedFact> result = new ArrayList<>();
		for (ExtractedFact fact : facts) {
			ExtractedFact moved = fact;
			if (!fact.retraction() && !fact.exclusive()) {
				for (TenantCategory category : categories) {
					if (category.keywords().stream().anyMatch(keyword -> mentions(fact.subject(), keyword))) {
						moved = fact.withCategory(category.name());
						break;
					}
				}
			}
			result.add(moved);
		}
		return result;
	}

	private static final Map<Integer, Map<String, Pattern>> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * A rule's own pattern, compiled the first time it is used and kept: rules run for every clause of every message,
	 * and compiling their patterns each time cost more than matching them. Only for fixed patterns (there are about a
	 * hundred); one built from what a user wrote would grow the map without end. Kept by flags, then by the regex
	 * itself: a literal's hash is computed once, where a key joining both was built and hashed on every call.
	 */
	private static Pattern compiled(String regex) {
		return compiled(regex, 0);
	}

	private static Pattern compiled(String regex, int flags) {
		return COMPILED.computeIfAbsent(flags, any -> new java.util.concurrent.ConcurrentHashMap<>())
			.computeIfAbsent(regex, any -> Pattern.compile(regex, flags));
	}

	static boolean mentions(String text, String keyword) {
		return Pattern.compile("\\b" + Pattern.quote(keyword.toLowerCase(Locale.ROOT)) + "\\w*\\b", FLAGS)
			.matcher(text).find();
	}

	// ---------------------------------------------------------------- rules

	private void rule(String regex, RuleBody body) {
		Pattern pattern = compiled(regex, FLAGS);
		rules.add((clause, original, out) -> {
			Matcher matcher = pattern.matcher(clause);
			if (matcher.find()) {
				body.apply(matcher, out);
			}
		});
	}

	@FunctionalInterface
	private interface RuleBody {
		void apply(Matcher matcher, Consumer<ExtractedFact> out);
	}

	private static final String I_AM = "(?:i'm|i am|im)";

	private void personal() {
		// Name
		Pattern nameIs = compiled("^(?:my name is|my name's|name's|i'm called|i am called|call me|people call me|you can call me|my first name is)\\s+"
				+ "(?<x>\\p{L}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?)", FLAGS);
		rules.add((clause, original, out) -> {
			Matcher m = nameIs.matcher(clause);
			if (!m.find()) {
				return;
			}
			String[] parts = m.group("x").split("\\s+");
			String first = lower(parts[0]);
			// "call me Jo, nobody calls me Joanna": Jo is how to address them, Joanna their name
			boolean nickname = lower(m.group(0)).matches("^(?:call me|people call me|you can call me)\\b.*") && NICKNAME_ONLY.matcher(original).find();
			if (!NOT_NAMES.contains(first) && !CALL_ME_NOT_A_NAME.contains(first) && !nickname) {
				String name = capitalise(parts[0])
						+ (parts.length > 1 && Character.isUpperCase(parts[1].charAt(0)) ? " " + parts[1] : "");
				out.accept(fact(PERSONAL, "name", "name", "Name is " + name, name, Map.of("name", name), 0.85, true));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = SELF_INTRODUCTION.matcher(clause);
			if (!m.find() || !LEADING.matcher(original.strip()).replaceFirst("").replaceFirst("^[—–-]\\s*", "").regionMatches(true, 0, clause, 0, 3)) {
				return;
			}
			String name = m.group("x");
			if (!java.util.Arrays.stream(name.split("\\s+")).allMatch(part -> Character.isUpperCase(part.charAt(0)))) {
				return;
			}
			if (Character.isUpperCase(name.charAt(0)) && !Lexicon.LANGUAGES.contains(lower(name))
					&& !NOT_NAMES.contains(lower(name)) && java.util.Arrays.stream(lower(name).split("-")).noneMatch(part -> NATIONALITIES.contains(part) || NOT_NAMES.contains(part))) {
				out.accept(fact(PERSONAL, "name", "name", "Name is " + name, name, Map.of("name", name), 0.7, true));
			}
		});
		rule("^(?:i|we)(?:'ve| have)\\s+(?:lived|been living|been based)\\s+in\\s+(?<x>.+)", (m, out) -> place(m.group("x"), "Lives in ", out));
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:currently\\s+)?(?:writing|messaging|texting|calling)\\s+(?:you\\s+)?from\\s+(?<x>.+)", (m, out) -> {
			String place = properNoun(m.group("x"));
			if (place != null) {
				out.accept(fact(PERSONAL, "location", "location", "Lives in " + place, place, Map.of("place", place), 0.6, true));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = NAME_HERE.matcher(clause);
			if (m.find() && !NOT_NAMES.contains(lower(m.group("x"))) && !Lexicon.LANGUAGES.contains(lower(m.group("x")))) {
				String name = m.group("x");
				out.accept(fact(PERSONAL, "name", "name", "Name is " + name, name, Map.of("name", name), 0.7, true));
			}
		});
		// Where they live (a moved-to place replaces the old one), and where they come from
		rule("^(?:i|we|our family|my family and i|my family)\\s+(?:currently |now |still |also )?(?:live|lives|reside|resides|am living|'m living|are living|'re living|is living)\\s+"
				+ "(?:just |right )?(?:in|at|near|outside|outside of|close to|on the outskirts of)\\s+(?<x>.+)", (m, out) -> place(m.group("x"), "Lives in ", out));
		rule("^(?:i|we)\\s+(?:just |recently |finally )?(?:moved|relocated|have moved|'ve moved)\\s+(?:back )?(?:to|into)\\s+(?<x>.+)",
				(m, out) -> place(m.group("x"), "Lives in ", out));
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:currently |now )?(?:based|located|living)\\s+(?:in|at|near|out of)\\s+(?<x>.+)",
				(m, out) -> place(m.group("x"), "Lives in ", out));
		rule("^i\\s+work\\s+(?:remotely\\s+)?from\\s+(?!home\\b|the office\\b|my\\b|on\\b)(?<x>.+)", (m, out) -> {
			String place = properNoun(m.group("x"));
			if (place != null && !NOT_A_DAY_NAME.contains(lower(place).replaceFirst("s$", "")) && !NOT_A_PLACE.contains(lower(place))) {
				place(m.group("x"), "Lives in ", out); // "I work from home on Mondays" says no place
			}
		});
		rule("^(?:" + I_AM + "|i come)\\s+(?:originally\\s+)?from\\s+(?<x>.+)", (m, out) -> {
			String place = properNoun(m.group("x"));
			if (m.group("x").matches("(?i)^(?:the|a|an|your|ur)\\s+(?:[\\p{Ll}-]+\\s+)*?(?:team|department|office|company|agency|firm|council|bank|school|side)\\b.*")
					|| m.group("x").matches("(?i)^[^,]+,?\\s+(?:calling|ringing|writing|reaching out|contacting you|here to|on behalf)\\b.*")) {
				return; // "I'm from Vodafone, calling about your contract" says who they work for, not where they come from
			}
			if (place != null) {
				out.accept(fact(PERSONAL, "origin", "origin", "Is from " + place, place, Map.of("place", place), 0.75, true));
			}
		});
		rule("^(?:i|we)\\s+(?:don't|do not|no longer)\\s+live\\s+in\\s+(?<x>.+)", (m, out) -> retractPlace(m.group("x"), out));
		rule("^i\\s+used to live\\s+in\\s+(?<x>.+?)\\s+but not any ?more", (m, out) -> retractPlace(m.group("x"), out));
		// Languages
		rule("^(?:i speak|i can speak|i also speak|" + I_AM + " (?:fluent|conversational|native) in|my (?:native|first|mother) "
				+ "(?:language|tongue) is|" + I_AM + " a native)\\s+(?<x>.+)", (m, out) -> {
					for (String item : languageItems(m.group("x"))) {
						String level = lower(item).matches(".*\\b(a little|some|basic|a bit of|bits of)\\b.*") ? "some" : "fluent";
						for (String word : item.split("\\s+")) {
							String language = lower(word);
							if (Lexicon.LANGUAGES.contains(language)) {
								String name = capitalise(language);
								out.accept(fact(PERSONAL, "language", "language_" + language,
										"Speaks " + name + ("some".equals(level) ? " (a little)" : ""), name,
										Map.of("language", name, "level", level), 0.8, false));
							}
						}
					}
				});
		// Age
		rule("^(?:" + I_AM + "|i just turned|i turned)\\s+(?<x>\\d{1,2})(?:\\s*(?:years? old|yo|y/o|years of age))?(?=\\s+(?:and|with)\\b|\\s*,|$|(?<=turned \\d{1,2})\\s+(?:last|this|on|in|today|yesterday|recently)\\b)", (m, out) -> {
			int age = Integer.parseInt(m.group("x"));
			if (age >= 10 && age <= 99) {
				out.accept(fact(PERSONAL, "age", "age", "Is " + age + " years old", String.valueOf(age), Map.of("age", age),
						0.8, true));
			}
		});
		// Family and pets
		rule("^(?:i have|i've got|i have got|we have|we've got|i (?:just |recently |finally )?(?:got|adopted|rescued)|we (?:just |recently |finally )?(?:got|adopted|rescued))\\s+(?<n>a|an|one|two|three|four|five|six|\\d)\\s+"
				+ "(?:(?:little|young|grown|teenage|adult|small|big|lovely|new)[- ])?(?:(?:\\w+)[- ]year[- ]old\\s+|\\d{1,2}\\s*(?:yo|y/o|yr old|yrs old|year old|month old|mo old)\\s+)?"
				+ "(?:(?<kind>golden|black|chocolate|rescue|old|white|ginger|border|german|jack russell|cocker|springer|french|english|staffy|miniature)\\s+)?(?<x>kids?|children|child|sons?|daughters?|"
				+ "brothers?|sisters?|siblings?|grandchildren|grandkids|twins|babies|baby|newborn|toddlers?|teenagers?|teens?|stepsons?|stepdaughters?|stepkids|dogs?|cats?|puppy|puppies|kittens?|"
				+ "horses?|rabbits?|parrots?|hamsters?|pets?|retrievers?|labradors?|labs?|spaniels?|terriers?|collies?|poodles?|greyhounds?|huskies|husky|beagles?|dachshunds?|pugs?|bulldogs?|shepherds?|whippets?|lurchers?|tabby|tabbies|guinea pigs?|tortoises?|budgies?|ferrets?|chickens?|cockers?|springers?)\\b(?<rest>.*)", (m, out) -> {
					String noun = lower(m.group("x"));
					String n = lower(m.group("n"));
					if (m.group("rest").matches("(?i)^[\\s-]*(?:allerg|intoleran|phobia|hair|dander|food|flap|bed|toy|sitter|walker|insurance|carrier|crate|litter|friendly|free|photo|shoot|session|clothes|seat|monitor|shower|gift|course|class|formula|bath|scan|announcement|group|club|yoga|massage)\\w*.*")) {
						return; // "I have a cat allergy" is no cat
					}
					boolean pet = !noun.matches("kids?|children|child|sons?|daughters?|brothers?|sisters?|siblings?|grandchildren|grandkids|twins|babies|baby|newborn|toddlers?|teenagers?|teens?|stepsons?|stepdaughters?|stepkids");
					String singular = singular(noun);
					String named = named(m.group("rest"));
					String kind = pet && m.group("kind") != null ? lower(m.group("kind")) + " " : ""; // "a golden retriever"
					String value = "Has " + n + " " + kind + noun + (named == null ? "" : " named " + named);
					Map<String, Object> structured = new LinkedHashMap<>();
					structured.put("relation", singular);
					structured.put("count", count(n));
					if (named != null) {
						structured.put("name", named);
					}
					out.accept(fact(PERSONAL, pet ? "pet" : "family", (pet ? "pet_" : "family_") + slug(singular), value,
							noun, structured, 0.8, false));
				});
		rule("^(?:" + I_AM + "|i (?:just |recently |finally )?got|we (?:just |recently |finally )?got)\\s+(?:happily\\s+|now\\s+|recently\\s+|newly\\s+|just\\s+)?(?<x>married|divorced|single|engaged|widowed|separated)\\b", (m, out) -> {
			String status = lower(m.group("x"));
			out.accept(fact(PERSONAL, "relationship", "relationship_status", "Is " + status, status,
					Map.of("status", status), 0.8, true));
		});
		rule("^" + I_AM + "\\s+a\\s+(?<x>mother|mom|mum|father|dad|parent|grandmother|grandfather|grandma|grandpa)\\b(?!\\s+(?:of|to)\\s)",
				(m, out) -> {
					String role = lower(m.group("x"));
					out.accept(fact(PERSONAL, "family", "family_parent", "Is a " + role, role, Map.of("role", role), 0.8,
							false));
				});
		rule("^my\\s+(?<x>wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|spouse|son|daughter|kids|children)\\s+and\\s+i\\b",
				(m, out) -> {
					String relation = lower(m.group("x"));
					out.accept(fact(PERSONAL, "family", "family_" + slug(singular(relation)), "Has a " + relation,
							relation, Map.of("relation", relation), 0.7, false));
				});
	}

	private static final Pattern NICKNAME_ONLY = Pattern.compile("\\b(?:nobody|no one|noone|no-one)\\s+(?:calls me|uses)\\b|\\bshort for\\b|\\b(?:full|real|legal|proper) name\\b", FLAGS);

	private static final Pattern NAME_HERE = Pattern.compile("^(?:(?:hi|hello|hey)(?: there| all| everyone)?,?\\s+)?(?<x>\\p{Lu}\\p{Ll}+)\\s+here$");

	private static final java.util.Set<String> CALL_ME_NOT_A_NAME = java.util.Set.of("back", "later", "tomorrow", "asap",
			"when", "at", "if", "on", "please", "now", "today", "tonight", "again", "anytime", "soon", "after", "before",
			"maybe", "instead", "crazy", "old-fashioned", "a", "an", "the", "what", "whatever");

	private static final Pattern SELF_INTRODUCTION = Pattern.compile("^" + I_AM + "\\s+(?<x>(?!\\p{L}+-based\\b)\\p{Lu}[\\p{Ll}'-]+(?:\\s+\\p{Lu}[\\p{Ll}'-]+)?)(?=\\s*[,!.]|$)",
			FLAGS);

	private static final java.util.Set<String> NOT_NAMES = java.util.stream.Stream.of("european", "american", "canadian",
			"australian", "indian", "chinese", "mexican", "brazilian", "african", "asian", "irish", "scottish", "swiss",
			"swedish", "polish", "russian", "turkish", "greek", "korean", "dutch", "japanese", "muslim", "christian",
			"jewish", "catholic", "gay", "straight", "bi", "trans", "male", "female", "human", "alive", "allergic",
"sorry", "fine", "good", "here", "back",
			"done", "ready", "new", "ok", "okay", "happy", "sad", "confused", "lost", "hungry", "tired", "busy", "late",
			"glad", "sure", "interested", "curious", "the", "not", "just", "still", "also", "so", "very", "really",
			"afraid", "home", "out", "in", "well", "calling", "writing", "looking", "waiting", "trying", "american",
			"british", "french", "german", "italian", "spanish", "canadian", "english", "vegan", "vegetarian", "dr", "mr", "mrs", "ms",
			"prof", "miss", "sir", "madam", "mx").collect(java.util.stream.Collectors.toUnmodifiableSet());

	private void professional() {
		rule("^(?:i work as|i'm working as|i am working as|i'm employed as|i am employed as|i work full[- ]time as|"
				+ "i work part[- ]time as|my job is|my profession is|my occupation is|my job title is|my role is)\\s+"
				+ "(?:an?\\s+)?(?<x>(?!in\\s).+)", (m, out) -> job(m.group("x"), 0.85, false, out));
		rule("^" + I_AM + "\\s+(?:now\\s+|currently\\s+|actually\\s+|also\\s+|still\\s+)?(?:an?|the)\\s+(?<x>.+)", (m, out) -> job(m.group("x"), 0.8, true, out));
		rule("^(?:" + I_AM + "|i)\\s+(?:no longer|not any more|not anymore|quit being|stopped being)\\s+(?:an?\\s+)?(?<x>.+)", (m, out) -> {
			List<ExtractedFact> jobs = new ArrayList<>();
			job(m.group("x"), 0.8, true, jobs::add);
			jobs.stream().filter(f -> "job".equals(f.key())).forEach(f -> out.accept(retraction(f)));
		});
		rule("^(?:i|i'm|i am)\\s+(?:now\\s+|currently\\s+|still\\s+|also\\s+)?(?:work|working|employed|started working|"
				+ "started a new job|got a job)\\s+(?:at|for|by|with)\\s+(?<x>.+)", (m, out) -> {
			String company = properNoun(m.group("x"));
			if (company != null) {
				out.accept(company(company));
				Matcher as = compiled("\\bas\\s+(?:an?\\s+)?(?<job>[\\p{L} -]+)$", FLAGS).matcher(m.group("x"));
				if (as.find()) {
					job(as.group("job"), 0.8, true, out);
				}
			}
		});
		rule("^as\\s+an?\\s+(?<x>[\\p{L} -]{2,40})$", (m, out) -> job(m.group("x"), 0.75, true, out));
		rule("^i(?:'ve| have)\\s+been\\s+(?:working\\s+)?as\\s+an?\\s+(?<x>.+)", (m, out) -> job(m.group("x"), 0.8, true, out));
		rule("^i\\s+(?:work|have worked)\\s+in\\s+(?<x>[\\p{Ll}][\\p{Ll} -]+)", (m, out) -> {
			String field = phrase(compiled("\\s+(?:in|at|near)\\s+(?-i:\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)$").matcher(m.group("x")).replaceFirst("")); // "tech sales in London": the place is read apart
			if (field != null && Character.isLowerCase(field.charAt(0)) && !field.matches("(?i)(a|an|the|my)\\b.*") && words(field) <= 3) {
				out.accept(fact(PROFESSIONAL, "industry", "industry", "Works in " + field, field,
						Map.of("industry", field), 0.75, true));
			}
		});
		rule("^(?:i run|i own|i have|i started|i founded)\\s+(?:a|an|my own)\\s+(?<x>(?:\\w+\\s+){0,2}(?:bakery|shop|store|"
				+ "restaurant|cafe|café|company|business|startup|agency|studio|salon|practice|firm|farm|bar|hotel|clinic|"
				+ "consultancy|brand))\\b", (m, out) -> {
					String business = lower(m.group("x"));
					out.accept(fact(PROFESSIONAL, "business", "business", "Runs a " + business, business,
							Map.of("business", business), 0.8, true));
				});
		rule("^" + I_AM + "\\s+(?:now\\s+|currently\\s+|still\\s+|recently\\s+)?(?<x>retired|unemployed|self-employed|self employed|between jobs|a freelancer|freelancing|"
				+ "a stay-at-home parent|a full-time student)\\b(?:\\s*\\((?<j>[\\p{L} -]{3,40})\\))?", (m, out) -> {
					String status = lower(m.group("x")).replaceFirst("^a ", "");
					out.accept(fact(PROFESSIONAL, "employment", "employment_status", "Is " + status, status,
							Map.of("status", status), 0.8, true));
					if (m.group("j") != null && !compiled("unemployed|between jobs").matcher(status).matches()) {
						// "I'm self-employed (plumber)": the trade in brackets is a fact of its own, as for "a self-employed electrician"
						job(m.group("j"), 0.8, true, out);
					}
				});
		rule("^" + I_AM + "\\s+(?:really |very |pretty |quite |fairly )?(?:good|great|skilled|proficient|experienced|"
				+ "an expert|expert|competent|strong|certified)\\s+(?:at|in|with)\\s+(?<x>.+)", (m, out) -> skills(m.group("x"), out));
		rule("^(?:i know how to|i can code in|i code in|i program in|i've been (?:coding|programming|working) (?:in|with))\\s+(?<x>.+)",
				(m, out) -> skills(m.group("x"), out));
		rule("^i\\s+(?:no longer|don't|do not)\\s+work\\s+(?:at|for)\\s+(?<x>.+?)(?:\\s+any ?more)?$", (m, out) -> {
			String company = properNoun(m.group("x"));
			if (company != null && lower(m.group(0)).contains("no longer") || company != null && lower(m.group(0)).contains("anymore")) {
				out.accept(retraction(company(company)));
			}
		});
	}

	/** Departments someone runs for an employer: "I manage IT for a school district" is work, "I run marketing" no pastime. */
	private static final String DEPARTMENTS = "IT|HR|marketing|sales|ops|operations|finance|engineering|(?:customer\\s+)?support|customer service|logistics|procurement|facilities|security|comms|communications|"
			+ "social media|payroll|accounts|admissions|recruitment|hiring|IT support|data|design|product|compliance|legal|purchasing|fundraising|events";

	/** Round eight (people): constructions read from a tenth and an eleventh outside writer's sets, written for other fillers. */
	private void roundEightPeople() {
		// A job after where or when they work: "I work from home as a graphic designer", "i work nights as a porter"
		rule("^(?:i|i'm|im|i am)\\s+(?:work|working)\\s+(?:(?:from home|remotely|freelance|nights|days|shifts|night shifts|online|abroad|locally|mostly|mainly|now|currently|full[- ]time|part[- ]time|in the evenings|at weekends|on weekends|weekends)\\s+){1,2}as\\s+(?:an?\\s+)?"
				+ "(?<x>[\\p{L} -]{2,40}?)(?=\\s*$|\\s*[,.;!(]|\\s+(?:so|and|but|which|since|because|for|at|in|with)\\b)", (m, out) -> job(m.group("x"), 0.8, true, out));
		// A job said with what they do: "I drive for work as a sales rep for a pharma company", "I'm on calls all day as a recruiter"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i|i'm|im|i am)\\s+(?<before>[^,;]*?)\\bas\\s+an?\\s+(?<x>[\\p{L} -]{2,40}?)(?:\\s+(?:for|at|with)\\s+(?<o>an?\\s+[\\p{L} -]{2,40}?))?(?=\\s*$|\\s*[,.;!(]|\\s+(?:so|and|but|because|since|which|in|on|the|now)\\b)", FLAGS).matcher(clause);
			if (!m.find() || compiled("\\b(?:used to|worked|was|were|retired|former|formerly|previously|want|wanna|hope|hoping|plan|planning|dream|would|like to|love to|apply|applying|applied|train|training|study|studying|become|becoming|start|starting|join|joining|job|interview|see|treat|think|thought|regard|dress|dressed|pose|posing|writing|speaking|asking|signed up|registered|trained|retrained|retraining|requalifying)\\b", FLAGS).matcher(m.group("before")).find()
					|| compiled("\\bfor\\s+(?:my|our|his|her)\\s+(?:mum|mom|dad|mother|father|son|daughter|wife|husband|partner|kids?|child|children|parents?|family|nan|gran|grandma|grandad|grandmother|grandfather|brother|sister)\\b", FLAGS).matcher(clause.substring(m.start("x"))).find()) {
				return; // "I worked as a nurse", "I want to start as a trainee", "I'm writing as a customer", "a carer for my mum": no job they hold now
			}
			List<ExtractedFact> jobs = new ArrayList<>();
			job(m.group("x"), 0.75, true, jobs::add);
			jobs.forEach(out);
			if (!jobs.isEmpty() && m.group("o") != null) {
				unnamedWorkplace(m.group("o"), out);
			}
		});
		// "I am tourist from Japan", "I am native portuguese speaker from Brazil": where they come from, after what they are
		rule("^(?:i'm|im|i am)\\s+(?:an?\\s+)?(?<w>(?:[\\p{L}-]+\\s+){1,3}?)from\\s+(?<p>(?-i:\\p{Lu})[\\p{L}-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}-]+)?)(?=\\s*$|\\s*[,.;!]|\\s+(?:and|so|but|only|here|living|now|originally|working)\\b)", (m, out) -> {
			String what = lower(m.group("w"));
			if (!Places.known(m.group("p")) || compiled("\\b(?:\\p{L}+ing|back|home|away|just|here|off|fresh|straight|direct|not|way|hours?|minutes?|mins?|miles?|km|kilometres?|kilometers?|walk|drive|ride|train|bus|flight|short|long|half|distance|stops?|calling|writing|emailing|texting|ringing|far|miles|customer|member|agent|rep|team|staff|colleague|someone|somebody|friend)\\b", FLAGS).matcher(what).find()) {
				return; // "I'm flying from London", "I'm back from Spain", "I'm a customer from ...": no origin
			}
			out.accept(fact(PERSONAL, "origin", "origin", "Is from " + m.group("p"), m.group("p"), Map.of("place", m.group("p")), 0.7, true));
		});
		// "I speak also spanish in medium level", "I speak Arabic and French already"
		rule("^i\\s+speak\\s+also\\s+(?<x>.+)", (m, out) -> languages(m.group("x"), out));
		rule("^i\\s+(?:also\\s+)?speak\\s+(?<x>\\p{L}+(?:\\s*(?:,|and|&)\\s*\\p{L}+)*)\\s+(?:already|too|as well|also|at home)\\b", (m, out) -> languages(m.group("x"), out));
		// "we're travelling with a toddler", "travelling with infant on lap": a small child of theirs, said on the way
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|^(?:i'm|im|i am|we're|we are|i|we)\\s+|,\\s*)(?:(?:also|currently|now)\\s+)?(?:travell?ing|flying|coming|staying|holidaying|going)\\s+(?:\\p{L}+\\s+)?with\\s+(?:(?:a|an|my|our|two|three|\\d)\\s+)?"
					+ "(?:(?:little|young|small|\\d+[- ](?:year|month)[- ]old)\\s+)?(?<x>toddlers?|infants?|babies|baby|newborn|kids|children|twins|son|daughter|sons|daughters|grandkids|grandchildren)\\b", FLAGS).matcher(clause);
			if (!m.find() || !compiled("^(?:i|i'm|im|i am|we|we're|we are|travell?ing|flying)\\b", FLAGS).matcher(clause).find() || OTHER_SUBJECT.matcher(clause).lookingAt()) {
				return;
			}
			String who = lower(m.group("x"));
			String singular = "twin".equals(singular(who)) ? "twins" : singular(who);
			out.accept(fact(PERSONAL, "family", "family_" + slug(singular), "Has " + (who.endsWith("s") || who.equals("children") ? who : article(who) + " " + who), who,
					Map.of("relation", singular), 0.65, false));
		});
		// "I have a Canadian passport", "I hold an Irish passport": their nationality
		rule("^(?:i|we)\\s+(?:have|hold|carry|have got|'ve got|got|travel on)\\s+(?:an?|my)\\s+(?<x>\\p{L}+)\\s+passport\\b", (m, out) -> {
			String word = lower(m.group("x"));
			if (NATIONALITIES.contains(word)) {
				String nationality = capitalise(word);
				out.accept(fact(PERSONAL, "origin", "nationality", "Is " + nationality, nationality, Map.of("nationality", nationality), 0.7, true));
			}
		});
		// Trips with their time: "we're honeymooning in Bali in October", "travelling solo through Italy for 3 weeks in May",
		// "we're doing a road trip through Scotland this summer", "I'm being sent to Osaka for work in October"
		rule("^(?:i'm|im|i am|we're|we are)\\s+(?:[\\p{L}-]+\\s+and\\s+|\\p{L}+\\s+)?(?:honeymooning|backpacking|travell?ing|touring|heading|flying|interrailing|being sent|going|off|driving|cycling|doing an? (?:road trip|trip|tour|trek|cruise|roadtrip))\\s+(?:solo\\s+|alone\\s+|overland\\s+)?(?:to|in|through|around|across|round)\\s+"
				+ "(?<x>(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)(?<d>(?:\\s+(?:for work|for (?:\\d+|a|two|three|four|a few|a couple of) (?:days|weeks|months|nights)|solo|alone|with (?:my|our|the) \\p{L}+)){0,2})"
				+ "\\s+(?<w>(?:in|next|this|over|for)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|year|month|christmas|easter|the holidays|half-term|\\d{4}|the summer|the winter))\\b", (m, out) -> trip(m.group("x"), m.group("w"), out));
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\bwhen\\s+(?:i|we)\\s+(?:go|travel|fly|head|get)\\s+(?:back\\s+)?(?:to)\\s+(?<x>(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)\\s+(?<w>(?:in|next|this|over)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|year|month|christmas|easter|\\d{4}|the summer|the winter))\\b", FLAGS).matcher(clause);
			if (m.find() && compiled("^(?:i|i'm|im|i am|we|we're|we are)\\b", FLAGS).matcher(clause).find()) {
				trip(m.group("x"), m.group("w"), out); // "I want to chat with locals when I go to Mexico in summer"
			}
		});
		// "We're a family of 4 looking for an all-inclusive in Crete", "need a hotel in Kyoto for 3 nights": a stay they plan
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|^(?:i'm|im|i am|we're|we are|i|we)\\b[^,;]*?\\s)(?:looking for|need|needing|want|after|searching for|booking|to book|hoping to book|trying to book)\\s+(?:an?\\s+)?(?:(?:cheap|quiet|nice|small|big|family|budget|luxury|cosy|cozy|beachfront|romantic|\\p{L}+-star)\\s+)*"
					+ "(?:villa|hotel|all-inclusive|all inclusive|resort|hostel|cabin|chalet|holiday home|holiday let|airbnb|b&b|guesthouse|riad|lodge|campsite|holiday apartment)\\s+(?:in|on|near)\\s+(?:the\\s+)?(?<x>(?-i:\\p{Lu})[\\p{L}-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}-]+)?)", FLAGS).matcher(clause);
			if (!m.find() || compiled("\\bfor\\s+(?:my|our|his|her|their)\\s+(?:mum|mom|dad|parents?|sister|brother|son|daughter|friends?|boss|colleagues?|clients?|guests?|team)\\b|\\bfor\\s+(?:him|her|them)\\b", FLAGS).matcher(clause).find()) {
				return; // "a hotel in Leeds for my parents" is someone else's stay
			}
			String place = properNoun(m.group("x"));
			if (place != null && !NOT_A_PLACE.contains(lower(place)) && !NOT_A_DAY_NAME.contains(lower(place))) {
				out.accept(fact(GOALS, "plan", "plan_trip_" + slug(lower(place)), "Is planning a trip to " + place, place, Map.of("destination", place), 0.65, false));
			}
		});
		// "I always fly out of Manchester, it's closest to me", "I shop at the Leeds store as it's my nearest": where they live near
		rule("^(?:i|we)\\b[^;]*?\\b(?:out of|from|at|to|into|use|visit)\\s+(?:the\\s+)?(?<x>(?-i:\\p{Lu})[\\p{L}-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}-]+)?)\\b[^.;]*?(?:,\\s*|\\s+(?:as|since|because|cos|cause)\\s+)(?:it's|it is|its|that's|that is)\\s+(?:the\\s+)?(?:closest|nearest|my nearest|my closest|my local|the nearest|near me|close to me|closest to me|nearest to me|just down the road)\\b", (m, out) -> {
			String place = properNoun(m.group("x"));
			if (place != null && !NOT_A_PLACE.contains(lower(place)) && !NOT_A_DAY_NAME.contains(lower(place))) {
				out.accept(fact(PERSONAL, "location", "location_near", "Lives near " + place, place, Map.of("near", place), 0.6, true));
			}
		});
		// "My wife and I are celebrating our 25th anniversary in May": an occasion they plan for
		rule("^(?:we're|we are|i'm|i am|im|my \\p{L}+ and i are)\\s+celebrating\\s+(?:our|my)\\s+(?<x>(?:\\d+(?:st|nd|rd|th)|first|tenth|twentieth|silver|golden|ruby|pearl|\\p{L}+ieth)?\\s*(?:wedding\\s+)?(?:anniversary|birthday|retirement|graduation))\\s+(?<w>(?:in|next|this|on)\\s+\\p{L}+)", (m, out) -> {
			String what = lower(m.group("x")).strip();
			String when = lower(m.group("w"));
			out.accept(fact(GOALS, "plan", "plan_" + slug(what), "Is celebrating their " + what + " " + when, what, Map.of("plan", "celebrating " + what + " " + when), 0.7, false));
		});
		// "I keep reef aquariums", "we keep bees": animals or tanks kept as a pastime
		rule("^(?:i|we)\\s+(?:also\\s+|still\\s+)?keep\\s+(?<x>(?:(?:a few|a couple of|two|three|four|\\d+|some|several)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:bees|hens|chickens|ducks|quail|goats|alpacas|reptiles|snakes|lizards|geckos|tortoises|fish|koi|aquariums|aquaria|tanks|reef tanks|bonsai|pigeons|ferrets|tarantulas|axolotls))"
				+ "(?=\\s*$|\\s*[,.;!(]|\\s+(?:and|so|but|at home|now|too|as well|as a hobby|for fun|for eggs|for honey|in (?:my|our|the) (?:garden|back garden|yard|pond|house|flat|spare room|shed|allotment))\\b)", (m, out) -> { // not "I keep fish fingers in the freezer"
			String kept = compiled("^(?:a few|a couple of|two|three|four|\\d+|some|several)\\s+").matcher(lower(m.group("x"))).replaceFirst("");
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(kept), "Keeps " + kept, kept, Map.of("topic", kept, "activity", "keep"), 0.7, false, 1));
		});
		// "I foster kittens for the RSPCA", "we rescue greyhounds": animals they care for
		rule("^(?:i|we)\\s+(?:also\\s+|still\\s+)?(?<v>foster|rescue|rehome|volunteer with)\\s+(?<x>(?:[\\p{L}-]+\\s+)?(?:kittens|cats|puppies|dogs|animals|rabbits|hedgehogs|birds|greyhounds|horses|pets|ferrets|guinea pigs|wildlife))\\b", (m, out) -> {
			String cared = lower(m.group("x"));
			String verb = lower(m.group("v"));
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(verb + " " + cared), capitalise(thirdPerson(verb, cared)), verb + " " + cared, Map.of("topic", cared, "activity", verb), 0.7, false, 1));
		});
		// "I breed Maine Coons", "we breed labradors": a trade in animals, as the outside writer files it
		rule("^(?:i|we)\\s+(?:also\\s+)?breed\\s+(?<x>(?-i:\\p{Lu})[\\p{L}-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}-]+)?|(?:[\\p{L}-]+\\s+)?(?:dogs|cats|puppies|kittens|horses|rabbits|chickens|reptiles|snakes|geckos|fish|birds|parrots|cattle|sheep|goats|pigs|alpacas|labradors|spaniels|poodles))\\b", (m, out) -> {
			String bred = m.group("x");
			out.accept(fact(PROFESSIONAL, "business", "business", "Breeds " + bred, bred, Map.of("business", "breeds " + bred), 0.7, true));
		});
		// "an ordering app for my bakery", "for our salon": a business of their own, said on the way
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\bfor\\s+(?:my|our)\\s+(?:own\\s+|small\\s+|little\\s+|new\\s+|family\\s+)?(?<x>bakery|cafe|café|restaurant|salon|barbershop|boutique|studio|farm|pub|b&b|guesthouse|brewery|dojo|nursery|daycare|startup|consultancy|small business|food truck|etsy shop|online shop|shop|cattery|kennels|florist)(?=\\s*$|\\s*[,.;!?)]|\\s+(?:in|on|at|and|so|but|please|pls|which|that|asap|too|as well|next|this)\\b)", FLAGS).matcher(clause);
			if (m.find() && compiled("^(?:i|i'm|im|i am|i've|we|we're|we are|we've|just|need|looking)\\b", FLAGS).matcher(clause).find()
					&& !compiled("\\b(?:my|our)\\s+(?:\\p{L}+\\s+)?(?:mum|mom|dad|father|mother|sister|brother|friend|wife|husband|partner|son|daughter|boss|uncle|aunt|cousin)'?s?\\b", FLAGS).matcher(original).find()) {
				String business = lower(m.group("x"));
				out.accept(fact(PROFESSIONAL, "business", "business", "Runs " + article(business) + " " + business, business, Map.of("business", business), 0.65, true));
			}
		});
		// Pets said in passing: "my cat is diabetic, do you stock ...", "flying with my guide dog"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|^(?:(?:i|i'm|im|i am|we|we're|we are)\\s+(?:\\p{L}+\\s+)?)?(?:fly|flying|travel|travell?ing|coming|staying|moving|live|living|visiting|booked|booking)\\b.*?\\bwith\\s+)(?:my|our)\\s+(?:(?:old|new|young|senior|elderly|rescue|little|big|two|three)\\s+)?(?<x>guide dog|assistance dog|service dog|hearing dog|cat|cats|dog|dogs|kitten|kittens|puppy|puppies|rabbit|rabbits|bunny|horse|parrot|hamster|tortoise|budgie|ferret|guinea pigs?|labrador|spaniel|terrier|collie|greyhound|gecko|snake|bearded dragon)\\b(?!\\s*(?:'s|allerg\\w*|sitter|walker|friendly))(?!\\s+(?-i:\\p{Lu}))(?<state>\\s+(?:is|has|needs|suffers|gets|can't|cannot|won't|only eats|hates|loves))?", FLAGS).matcher(clause);
			if (!m.find() || compiled("^(?:my|our)\\s", FLAGS).matcher(m.group()).find() && m.group("state") == null || compiled("\\b(?:late|passed|died|dead|rip|rest in peace|put down|put to sleep|lost my|used to|would|if|imagine|(?:my|our) (?:future|next|first))\\b", FLAGS).matcher(original).find()) {
				return; // "my late dog", "my cat passed away last week": no pet now
			}
			String pet = lower(m.group("x"));
			String singular = singular(pet);
			out.accept(fact(PERSONAL, "pet", "pet_" + slug(singular), "Has " + (pet.equals(singular) ? article(pet) + " " + pet : pet), pet,
					Map.of("relation", singular), 0.65, false));
		});
		// "a flat for my cat and me", "my dog and I love the beach": the pet they live with, named with themselves
		rule("\\b(?:my|our)\\s+(?<x>cat|dog|kitten|puppy|rabbit|bunny|horse|parrot|tortoise|guinea pig|ferret|hamster)\\s+(?:and|&)\\s+(?:me|i|myself|us)\\b", (m, out) -> {
			String pet = lower(m.group("x"));
			out.accept(fact(PERSONAL, "pet", "pet_" + slug(pet), "Has " + article(pet) + " " + pet, pet, Map.of("relation", pet), 0.65, false));
		});
		// "I've got twin toddlers", "we have twin boys": twins said as a kind of child
		rule("^(?:i have|i've got|i have got|we have|we've got|i've|we've)\\s+(?:got\\s+)?twin\\s+(?<x>toddlers|babies|boys|girls|daughters|sons|teenagers|teens|kids|girls)\\b", (m, out) -> {
			String who = "twin " + lower(m.group("x"));
			out.accept(fact(PERSONAL, "family", "family_twins", "Has " + who, who, Map.of("relation", "twins", "count", 2), 0.75, false));
		});
		// "I'm on a zero hours contract", "I'm on a fixed-term contract": how they are employed
		rule("^(?:i'm|im|i am|i've been|i work)\\s+(?:currently\\s+|still\\s+|only\\s+|now\\s+)?on\\s+(?:a|an)\\s+(?<x>zero[- ]hours?|fixed[- ]term|temporary|temp|rolling|short[- ]term|part[- ]time|permanent|casual|freelance|day[- ]rate)\\s+contract\\b", (m, out) -> {
			String contract = lower(m.group("x")).replace(' ', '-') + " contract";
			out.accept(fact(PROFESSIONAL, "employment", "employment_contract", "Is on a " + contract, contract, Map.of("contract", contract), 0.75, true));
		});
		// "I swim 3 times a week and do yoga on Sundays": a second pastime after "and", its "I" left out
		rule("^(?:i|we)\\s+(?<first>[^,;]*?)\\s+and\\s+(?:also\\s+)?(?<v>do|practi[sc]e|play)\\s+(?<x>yoga|pilates|crossfit|karate|judo|jiu[- ]jitsu|taekwondo|boxing|kickboxing|tai chi|ballet|zumba|spin|parkrun|tennis|squash|badminton|football|five-a-side|golf|chess|piano|guitar|violin|drums|volleyball|basketball|netball|rugby|cricket|hockey|padel|table tennis|bouldering|aqua aerobics)"
				+ "(?=\\s*$|\\s*[,.;!]|\\s+(?:on|every|at|most|twice|once|\\d|with|in|and|too|as well|a lot|regularly|weekly)\\b)", (m, out) -> {
			if (compiled("\\b(?:don't|do not|dont|never|can't|cannot|can no longer|no longer|not|stopped|quit|used to|gave up|would|could|should|might|want to|wanna)\\b", FLAGS).matcher(m.group("first")).find()) {
				return; // "I don't smoke and play rugby": the negation or wish holds for both
			}
			String activity = lower(m.group("x"));
			String verb = lower(m.group("v"));
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(activity), ("play".equals(verb) ? "Plays " : "Does ") + activity, activity, Map.of("topic", activity, "activity", verb), 0.7, false, 1));
		});
		// "... and also I am obsessed with Turkish series": a passion said after another clause that "also" kept joined
		rule("\\s+and\\s+also\\s+(?:i'm|im|i am)\\s+(?:really\\s+|so\\s+|totally\\s+|kind of\\s+)?(?:obsessed with|hooked on|addicted to|crazy about|mad about|really into|into|a (?:big |huge )?fan of)\\s+(?<x>[\\p{L}0-9' -]{2,30}?)(?=\\s*$|\\s*[,.;!]|\\s+(?:and|but|so|lately|now)\\b)", (m, out) -> {
			String object = m.group("x").strip();
			if (!isJunk(object) && words(object) <= 4) {
				String subject = topic(object);
				out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), "Is interested in " + object, subject, Map.of("topic", subject, "strength", "strong"), 0.7, false, 1));
			}
		});
		// "I'm doing London to Brighton in June for charity", "I'm doing the Three Peaks next summer": an event they train for
		rule("^(?:i'm|im|i am|we're|we are)\\s+(?:also\\s+)?doing\\s+(?:the\\s+|a\\s+|an\\s+|my first\\s+|our first\\s+)?(?<x>(?-i:\\p{Lu})[\\p{L}'-]+(?:\\s+(?:to|(?-i:\\p{Lu})[\\p{L}'-]+))*|(?:[\\p{L}0-9-]+\\s+){0,2}(?:marathon|half marathon|half|ultra|triathlon|ironman|10k|5k|trek|sportive|challenge|charity walk|charity ride|charity swim|race|camino|peaks|channel swim))"
				+ "\\s+(?<w>(?:in|next|this|on)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|year|month))\\b", (m, out) -> {
			String event = m.group("x").strip();
			if (compiled("^(?:christmas|easter|ramadan|dry january|veganuary|thanksgiving|it|that|this)$", FLAGS).matcher(event).find()) {
				return;
			}
			String when = lower(m.group("w"));
			out.accept(fact(GOALS, "goal", "goal_" + slug(lower(event)), "Is doing " + event + " " + when, event, Map.of("goal", event, "when", when), 0.7, false));
		});
		// "I'm the admin for our 12-person marketing agency", "I'm a partner at our small law firm": where they work, unnamed
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i'm|im|i am|i run|i manage|i work)\\b[^,;]*?\\b(?:for|at|of|in)\\s+our\\s+(?:(?:\\d+[- ](?:person|people|strong|seat)|small|little|tiny|family[- ]run|busy|growing|local)\\s+)*(?<w>(?:[\\p{Ll}-]+\\s+){0,2}?(?:agency|company|firm|startup|studio|consultancy|charity|nonprofit|non-profit|restaurant|cafe|bakery|practice|clinic|school|nursery))\\b", FLAGS).matcher(clause);
			if (m.find()) {
				unnamedWorkplace("a " + lower(m.group("w")), out);
			}
		});
		// "I'm 19 and a brand new driver", "I'm a newly qualified driver": how long they have driven
		rule("^(?:i'm|im|i am)\\s+(?:\\d{2}\\s+and\\s+)?(?:a|an)\\s+(?<x>(?:brand[- ]new|new|newly qualified|learner|first[- ]time|inexperienced|provisional)\\s+driver)\\b", (m, out) -> {
			String what = compiled("^brand[- ]new").matcher(lower(m.group("x"))).replaceFirst("new");
			out.accept(fact(PERSONAL, "driving", "driving_experience", "Is " + article(what) + " " + what, what, Map.of("driving", what), 0.7, true));
		});
		// "i mostly play late like 11pm-3am EST": the time zone their hours are said in
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i|i'm|im|i am)\\b.*?\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)(?:\\s*(?:-|–|to|till|until)\\s*\\d{1,2}(?::\\d{2})?\\s*(?:am|pm))?\\s+(?<z>(?-i:EST|EDT|PST|PDT|CST|CDT|MST|CET|CEST|GMT|BST|AEST|AEDT|IST|JST|SGT))\\b", FLAGS).matcher(clause);
			if (m.find() && !compiled("\\b(?:you|your|the (?:webinar|call|meeting|event|stream|sale|launch|match|game))\\b", FLAGS).matcher(clause).find()) {
				String zone = m.group("z");
				out.accept(fact(PERSONAL, "timezone", "timezone", "Keeps " + zone + " time", zone, Map.of("timezone", zone), 0.65, true));
			}
		});
		// "mon mari et moi", "mi marido y yo", "meine Frau und ich": a partner named with themselves in their own language
		rule("\\b(?<x>mon mari|ma femme|mon copain|ma copine|mi marido|mi esposo|mi esposa|mi mujer|mi novio|mi novia|mein mann|meine frau|mein freund|meine freundin|mio marito|mia moglie|meu marido|minha esposa|minha mulher)\\s+(?:et moi|y yo|und ich|e io|e eu)\\b", (m, out) -> {
			String said = lower(m.group("x"));
			String relation = compiled("\\b(?:mari|marido|esposo|mann|marito)$").matcher(said).find() ? "husband" : compiled("\\b(?:copain|novio|freund)$").matcher(said).find() ? "boyfriend"
					: compiled("\\b(?:copine|novia|freundin)$").matcher(said).find() ? "girlfriend" : "wife";
			out.accept(fact(PERSONAL, "family", "family_" + relation, "Has a " + relation + " (" + said + ")", relation, Map.of("relation", relation), 0.7, false));
		});
		// "Je veux devenir développeur web", "quiero ser enfermera": the job they aim for, in their own language
		rule("^(?:je veux|je voudrais|j'aimerais|quiero|me gustaría|voglio|vorrei|quero|gostaria de|eu quero)\\s+(?:devenir|ser|diventare|llegar a ser|tornar-me|me tornar)\\s+(?:un\\s+|une\\s+|una?\\s+|um\\s+|uma\\s+)?(?<x>[\\p{L} -]{3,40}?)(?=\\s*$|\\s*[,.;!?])", (m, out) -> {
			String job = lower(m.group("x")).strip();
			out.accept(fact(GOALS, "goal", "goal_become_" + slug(job), "Wants to become " + job, job, Map.of("goal", "become " + job), 0.7, false));
		});
		// "I'm a freelance translator (Japanese ↔ English)", "I work as an interpreter, Spanish to English": the languages of the trade
		rule("^(?:i'm|im|i am|i work as)\\s+(?:an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:translator|interpreter|subtitler|language teacher)\\s*(?:\\(|,\\s*)(?<x>\\p{L}+\\s*(?:↔|<->|->|→|to|and|&|/|-|<>)\\s*\\p{L}+)", (m, out) -> languages(compiled("\\s*\\band english\\b|\\benglish and\\s*", FLAGS) // the English they write in goes without saying
				.matcher(compiled("\\s*(?:↔|<->|->|→|\\bto\\b|&|/|-|<>)\\s*").matcher(m.group("x")).replaceAll(" and ")).replaceAll(""), out));
		// "just got my first real job as a line cook", "I got a new job as a paralegal": the job they now hold
		rule("^(?:i\\s+|i've\\s+|i have\\s+)?(?:just\\s+|finally\\s+|recently\\s+)?(?:got|landed|started|accepted|been offered and accepted)\\s+(?:my\\s+first\\s+|a\\s+new\\s+|my\\s+new\\s+|a\\s+|my\\s+)?(?:real\\s+|proper\\s+|full-time\\s+|part-time\\s+|permanent\\s+)?job\\s+as\\s+(?:an?\\s+)?(?<x>[\\p{L} -]{2,40}?)(?=\\s*$|\\s*[,.;!(]|\\s+(?:and|so|but|at|in|for|with|since|last|this|which)\\b)", (m, out) -> job(m.group("x"), 0.75, true, out));
		// "i'm in UTC+8 (Singapore)", "I'm on GMT+1 (Lagos)": a time zone with the town it is told by
		rule("^(?:i'm|im|i am|we're|we are)\\s+(?:in|on)\\s+(?:utc|gmt)\\s?[+-]\\s?\\d{1,2}(?::\\d{2})?\\s*\\((?<x>(?-i:\\p{Lu})[\\p{L}-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}-]+)?)\\)", (m, out) -> livesIn(m.group("x"), out));
		// "I'm a veteran, did 8 yrs in the Army", "I'm an army veteran"
		rule("^(?:i'm|im|i am)\\s+(?:a|an)\\s+(?<x>(?:(?:army|navy|naval|military|air force|raf|marine|marines|combat|disabled|us|uk)\\s+)?(?:veteran|vet))\\b(?=\\s*$|\\s*[,.;!(]|\\s+(?:and|so|but|myself|too|of|with)\\b)", (m, out) -> {
			String who = lower(m.group("x"));
			if (who.equals("vet")) {
				return; // a vet alone is a veterinarian, the job rule's
			}
			out.accept(fact(PERSONAL, "life_stage", "veteran", "Is " + article(who) + " " + who, who, Map.of("status", who), 0.75, true));
		});
		// "As a mature student (42) ...", "I'm a nurse (34)": an age in brackets after what they are
		rule("^(?:as|i'm|im|i am)\\s+an?\\s+(?<w>[\\p{L} -]{2,30}?)\\s*\\((?<n>\\d{2})\\)", (m, out) -> {
			int age = Integer.parseInt(m.group("n"));
			if (age >= 14 && age <= 99) {
				out.accept(fact(PERSONAL, "age", "age", "Is " + age + " years old", String.valueOf(age), Map.of("age", age), 0.75, true));
			}
			String what = lower(m.group("w"));
			if (compiled("(?:mature |part[- ]time |full[- ]time |returning |postgraduate |undergraduate |phd |master'?s |international |medical |law |nursing )*student").matcher(what).matches()) {
				out.accept(fact(PROFESSIONAL, "education", "student", "Is " + article(what) + " " + what, what, Map.of("status", what), 0.75, true));
			}
			else {
				job(m.group("w"), 0.75, true, out);
			}
		});
		// "I'm at uni in Glasgow", "im 19 and at college in Leeds": studying, and where
		rule("^(?:i'm|im|i am)\\s+(?:\\d{2}\\s+and\\s+)?(?:(?:now|currently|still)\\s+)?(?:at|in)\\s+(?<s>uni|university|college|sixth form|med school|law school)(?:\\s+in\\s+(?<p>(?-i:\\p{Lu})[\\p{L}-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}-]+)?))?(?=\\s*$|\\s*[,.;!]|\\s+(?:and|so|but|now|at the moment|rn|atm)\\b)", (m, out) -> {
			String where = lower(m.group("s"));
			out.accept(fact(PROFESSIONAL, "education", "student", "Is at " + where, where, Map.of("status", "at " + where), 0.7, true));
			if (m.group("p") != null && !NOT_A_PLACE.contains(lower(m.group("p")))) {
				livesIn(m.group("p"), out);
			}
		});
		// "I'm a type 1 diabetic and a runner", "I'm a nurse and a keen cyclist": a second thing they are, after "and a"
		rule("^(?:i'm|im|i am)\\s+an?\\s+[^,;]{2,40}?\\s+and\\s+(?:also\\s+)?an?\\s+(?:(?:keen|avid|big|huge|serious|casual|amateur|marathon|trail|long-distance|competitive)\\s+)?(?<x>runner|cyclist|climber|swimmer|hiker|golfer|surfer|skier|snowboarder|gamer|reader|baker|gardener|photographer|birder|birdwatcher|triathlete|footballer|dancer|knitter|musician|guitarist|painter)\\b", (m, out) -> {
			String who = lower(m.group("x"));
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(who), "Is " + article(who) + " " + who, who, Map.of("topic", who), 0.7, false, 1));
		});
		// "I already know python pretty well + some sql", "I mostly work in Rust and Go": tools of the trade
		rules.add((clause, original, out) -> {
			String said = compiled("\\s+(?:pretty|very|quite|really|fairly|reasonably)\\s+well\\b", FLAGS).matcher(clause).replaceAll(""); // "python pretty well + some sql"
			Matcher m = compiled("^i\\s+(?:already\\s+|also\\s+|mostly\\s+|mainly\\s+|now\\s+)*(?:know|work in|work with|code in|write|program in|use)\\s+(?<x>[\\p{L}+#.]+(?:\\s*(?:,|and|&|\\+|/|plus)\\s*(?:some\\s+|a bit of\\s+|a little\\s+)?[\\p{L}+#.]+)*)(?=\\s*$|\\s*[,.;!]|\\s+(?:pretty|very|quite|really|fairly|well|and|but|so|mostly|daily|every|at|for|too|already)\\b)", FLAGS).matcher(said);
			if (!m.find()) {
				return;
			}
			String[] tools = compiled("\\s*(?:,|\\band\\b|&|\\+|/|\\bplus\\b)\\s*(?:some\\s+|a bit of\\s+|a little\\s+)?", FLAGS).split(m.group("x"));
			if (java.util.Arrays.stream(tools).allMatch(tool -> TRADE_TOOLS.contains(lower(tool.strip())) && !AMBIGUOUS_TOOL.matcher(lower(tool.strip())).matches())
					|| tools.length > 1 && java.util.Arrays.stream(tools).allMatch(tool -> TRADE_TOOLS.contains(lower(tool.strip()))) && java.util.Arrays.stream(tools).anyMatch(tool -> !AMBIGUOUS_TOOL.matcher(lower(tool.strip())).matches())) {
				for (String tool : tools) {
					String name = tool.strip();
					out.accept(fact(PROFESSIONAL, "skill", "skill_" + slug(lower(name)), "Knows " + name, name, Map.of("skill", name), 0.7, false));
				}
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = TIME_ZONE_KEPT.matcher(clause);
			if (m.find()) {
				String zone = m.group("z").length() <= 4 && !lower(m.group("z")).equals("uk") ? m.group("z").toUpperCase(Locale.ROOT) : capitalise(lower(m.group("z")));
				out.accept(fact(PERSONAL, "timezone", "timezone", "Keeps " + zone + " time", zone, Map.of("timezone", zone), 0.7, true));
			}
		});
	}

	/** "I work Pacific time", "I'm on Eastern time", "we live on GMT": the time zone they keep. */
	private static final Pattern TIME_ZONE_KEPT = Pattern.compile("^(?:i|i'm|im|i am|we|we're|we are)\\s+(?:work|working|live|living|on|am on|based on|keep|run on|operate on|usually on|mostly on)\\s+(?:on\\s+)?"
			+ "(?<z>pacific|eastern|central|mountain|atlantic|gmt|bst|cet|cest|est|edt|pst|pdt|cst|mst|aest|ist|uk|us east coast|us west coast|east coast|west coast|european|central european|sydney|singapore|tokyo|india)\\s+(?:time|hours)\\b", FLAGS);

	/** Tools whose names are also common words or too vague alone: "I use Go", "I know Excel", "I use Linux". */
	private static final Pattern AMBIGUOUS_TOOL = Pattern.compile("go|c|r|excel|spring|sage|swift|rails|node|linux");

	/** A trip with its time: "Is going to Bali in October". */
	private static void trip(String raw, String when, Consumer<ExtractedFact> out) {
		String place = properNoun(raw);
		if (place == null || NOT_A_PLACE.contains(lower(place)) || NOT_A_DAY_NAME.contains(lower(place))) {
			return;
		}
		String said = lower(when);
		out.accept(fact(GOALS, "plan", "plan_trip_" + slug(place), "Is going to " + place + " " + said, place, Map.of("destination", place, "when", said), 0.7, false));
	}

	/** Round seven (people): constructions read from a ninth outside writer's set, written for other fillers. */
	private void roundSevenPeople() {
		// A job said as an apposition to the name: "I'm Amira, a year 4 teacher in Birmingham", "Hi, I am Tom, an electrician from Leeds"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:hi|hello|hey|hiya|morning|good (?:morning|afternoon|evening))(?:\\s+(?:there|all|team))?[!,.]*\\s+)?(?:i'm|i am|im|this is|it's)\\s+"
					+ "(?-i:\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?),\\s+(?:an?)\\s+(?<j>[^,.!?;]+)", FLAGS).matcher(original.strip());
			if (!m.find() || !clause.contains(m.group("j").strip()) || REPORTED.matcher(original).find()) {
				return;
			}
			String said = m.group("j").strip();
			java.util.List<ExtractedFact> found = new ArrayList<>();
			job(said, 0.75, true, found::add);
			if (found.isEmpty()) {
				return; // "I'm Sam, a bit lost here": no job
			}
			found.forEach(out);
			Matcher in = compiled("\\s+in\\s+(?<p>(?-i:\\p{Lu})[\\p{L}-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}-]+)?)\\s*$", FLAGS).matcher(said);
			if (in.find() && found.stream().noneMatch(f -> "location".equals(f.key()))) {
				livesIn(in.group("p"), out); // the town they work in, said with who they are
			}
		});
		// Running a department for an employer: "I manage IT for a school district", "I run marketing at Acme", "I head up HR for a charity"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i|i'm|im|i am)\\s+(?:currently\\s+|basically\\s+)?(?:manage|run|head(?:\\s+up)?|lead|oversee|look after|managing|running|heading(?:\\s+up)?|leading)\\s+"
					+ "(?<d>" + DEPARTMENTS + ")"
					+ "\\s+(?:for|at)\\s+(?<o>[^,.!?;]+)", FLAGS).matcher(clause); // "I run the marketing team at ..." has a rule of its own
			if (!m.find() || !writersClause(clause, original) || HYPOTHETICAL.matcher(original).find()) {
				return;
			}
			String dept = m.group("d").matches("(?i)it|hr") ? m.group("d").toUpperCase(Locale.ROOT) : lower(m.group("d"));
			out.accept(fact(PROFESSIONAL, "job", "job", "Manages " + dept, dept + " manager", Map.of("title", dept + " manager"), 0.75, true));
			String org = m.group("o").strip().replaceFirst("\\s+(?:of|with|in|and|so|but|who|that|which)\\b.*$", "");
			Matcher unnamed = compiled("^(?:an?)\\s+(?<w>(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)$", FLAGS).matcher(org);
			if (unnamed.find()) {
				String w = lower(unnamed.group("w"));
				out.accept(fact(PROFESSIONAL, "workplace", "workplace", "Works for " + article(w) + " " + w, w, Map.of("workplace", w), 0.7, true));
			}
			else if (properNoun(org) != null && !NOT_A_PLACE.contains(lower(org))) {
				out.accept(company(properNoun(org)));
			}
		});
		// The kind of music of the band they play in: "i play bass in a punk band", "I drum in a jazz trio" (a choir is read by its own rule)
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i|i've|we)\\s+(?:also\\s+|still\\s+|currently\\s+)?(?:play|drum|gig)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:in|with)\\s+(?:a|an|my|our)\\s+"
					+ "(?:(?:little|small|local|new|amateur|semi-pro|community)\\s+)?(?<g>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?<k>band|trio|quartet)\\b", FLAGS).matcher(clause);
			if (!m.find() || !writersClause(clause, original) || HYPOTHETICAL.matcher(original).find()
					|| compiled("^(?:covers?|tribute|wedding|school|church|work|office|brass|wind|string|youth|big|two-piece|\\d+-piece|little|small|local|new|amateur|semi-pro|community|tiny|old|good|great|weekend|friend's|mate's|uni|college)$", FLAGS).matcher(m.group("g")).find()) {
				return; // "a covers band", "the school orchestra": no kind of music
			}
			String genre = lower(m.group("g"));
			String k = lower(m.group("k"));
			out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(genre), "Plays in " + article(genre) + " " + genre + " " + k, genre,
					Map.of("topic", genre, "strength", "strong"), 0.7, false, 1));
		});
		// A first of the big things, being looked for: "looking for my first car", "saving for our first home", "hunting for my first flat"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|^(?:i'm|i am|im)\\s+\\d{2}\\s+and\\s+)(?:i'm|i am|im|we're|we are)?\\s*(?:currently\\s+|now\\s+)?(?:looking for|shopping for|searching for|hunting for|house-hunting for|buying|looking to buy)\\s+(?:my|our)\\s+first\\s+(?<x>car|home|house|flat|apartment|place|property|motorbike|bike)\\b", FLAGS).matcher(clause);
			if (!m.find() || !writersClause(clause, original) && !opensSentence(clause, original) || HYPOTHETICAL.matcher(original).find()) {
				return; // "my son is looking for his first car" does not open with the writer
			}
			String x = lower(m.group("x"));
			out.accept(fact(GOALS, "goal", "goal_first_" + slug(x), "Wants to get their first " + x, "first " + x, Map.of("goal", "get first " + x), 0.7, false));
		});
		// Writing in a role, the register of letters: "I write as the sole director of Harbourline Ltd", "I am writing in my capacity as treasurer of the club"
		rule("^i\\s+(?:write|am writing|'m writing|am contacting you|'m contacting you|contact you)\\s+(?:to you\\s+)?(?:as|in my capacity as)\\s+(?:the\\s+|an?\\s+)?(?:sole\\s+|new\\s+|acting\\s+|interim\\s+)?(?<x>[^,;]+)",
				(m, out) -> job(m.group("x").replaceFirst("(?i)\\s+(?:regarding|about|concerning|in relation to|with regard to|further to|to)\\b.*$", ""), 0.75, true, out));
		// A wish with the "I" left out at the start: "Hoping to run a marathon next spring" (a sentence opening "Would ..." is read as a question by the shared filter)
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:would (?:really )?love|would (?:really )?like|hoping|planning|aiming|really want|want)\\s+to\\s+(?<x>.+)", FLAGS).matcher(clause);
			if (!m.find() || !opensSentence(clause, original) || HYPOTHETICAL.matcher(original).find() || REPORTED.matcher(original).find()
					|| compiled("^\\S+\\s+(?:the|this|that|it|one|these|those|them|some|your|you|a refund|an answer|more)\\b", FLAGS).matcher(m.group("x")).find()) {
				return; // "Would love to get the blue one" is an order, "would love to know ..." a question
			}
			goal(m.group("x"), 0.65, true, out);
		});
	}

	private void professional2() {
		roundSevenPeople();
		roundEightPeople();
		rule("^i(?:'ve| have)\\s+been\\s+an?\\s+(?<x>.+)", (m, out) -> job(m.group("x"), 0.8, true, out));
		rule("^i\\s+(?:\\p{L}+\\s+)?work\\s+(?:(?:night|day|early|late|long|weekend)\\s+shifts?\\s+|nights\\s+|days\\s+|evenings\\s+|weekends\\s+|shifts\\s+|part[- ]time\\s+|full[- ]time\\s+)?(?:at|in|for)\\s+an?\\s+(?<x>\\p{Ll}[\\p{Ll}-]+(?:\\s+\\p{Ll}[\\p{Ll}-]+)?)\\b", (m, out) -> {
			String place = phrase(m.group("x").replaceFirst("(?i)\\s+(?:in|at|on|near|for|with|of|by)$", ""));
			if (place != null && !isJunk(place) && !place.matches("(?i).*\\b(way|lot|bit|moment|minute|team|role|job|position|week|day)\\b.*")) {
				out.accept(fact(PROFESSIONAL, "workplace", "workplace", "Works at " + article(place) + " " + place, place,
						Map.of("workplace", place), 0.75, true));
			}
		});
		rule("^i\\s+work\\s+in\\s+(?<x>\\p{Lu}{2,5})\\b$", (m, out) -> {
			String field = m.group("x");
			if (Character.isUpperCase(field.charAt(1))) {
				out.accept(fact(PROFESSIONAL, "industry", "industry", "Works in " + field, field, Map.of("industry", field),
						0.75, true));
			}
		});
		rule("^i\\s+(?:just |finally |recently |have |'ve )?(?:finished|completed|got|earned|graduated with|defended)\\s+(?:my\\s+|a\\s+)?"
				+ "(?<x>phd|ph\\.d\\.?|doctorate|master'?s(?: degree)?|bachelor'?s(?: degree)?|mba|degree|diploma)\\b(?<rest>.*)", (m, out) -> {
					String degree = m.group("x");
					out.accept(fact(PROFESSIONAL, "education", "education_" + slug(degree), "Has completed a " + degree,
							degree, Map.of("degree", degree), 0.8, false));
				});
		rule("\\bfor\\s+(?:an?|someone)\\s+(?<x>[\\p{L}-]+(?:\\s[\\p{L}-]+)?)\\s+like\\s+me\\b", (m, out) -> {
			String what = lower(m.group("x"));
			if (what.matches("vegetarian|vegan|pescatarian|keto eater|diabetic|beginner")) {
				out.accept(what.equals("diabetic") ? fact(CONSTRAINTS, "health", "health_diabetic",
						"Has a health condition: diabetic", what, Map.of("condition", what), 0.75, false)
						: fact(CONSTRAINTS, "diet", "diet", "Is " + what, what, Map.of("diet", what), 0.75, true));
			}
			else {
				job(what, 0.7, true, out);
			}
		});
		rule("^i\\s+(?:teach|lecture in|lecture|tutor)\\s+(?<x>[\\p{L} ]+)", (m, out) -> {
			String subject = phrase(compiled("(?i)\\s+(?:part[- ]time|full[- ]time|on the side|privately|online|at weekends|on weekends|in the evenings)\\b.*$")
				.matcher(m.group("x").replaceFirst("(?i)\\s+(?:at|in|for|to)\\s+(?:an?|the|my|our)\\s.*$", "")).replaceFirst(""));
			if (subject != null && !isJunk(subject) && words(subject) <= 4 && !subject.matches("(?i)^(at|in|for|from|on)\\b.*")) {
				out.accept(fact(PROFESSIONAL, "job", "job", "Teaches " + subject, subject, Map.of("title", "teacher",
						"subject", subject), 0.8, true));
			}
		});
		rule("^(?:i|i'm|i am)\\s+(?:study|studying|majoring in|doing a degree in|doing a phd in|doing a masters in)\\s+(?<x>[\\p{L} ]+)", (m, out) -> {
			String text = m.group("x").replaceFirst("(?i)\\s+(?:at|in|for)\\s+.*$", "");
			String field = phrase(text);
			if (field != null && !isJunk(field) && words(field) <= 3 && !field.matches("(?i)^(for|at|in|with|on|hard)\\b.*")) {
				out.accept(fact(PROFESSIONAL, "education", "field_of_study", "Studies " + field, field,
						Map.of("field", field), 0.8, true));
				Matcher at = compiled("^\\s*at\\s+(?<o>(?-i:\\p{Lu})[\\p{L}'&.-]*(?:\\s+(?:of\\s+)?(?-i:\\p{Lu})[\\p{L}'&.-]*)*)", FLAGS).matcher(m.group("x").substring(text.length()));
				if (at.find() && !Places.known(at.group("o")) && !NOT_A_PLACE.contains(lower(at.group("o")))) {
					String school = at.group("o");
					out.accept(fact(PROFESSIONAL, "education", "education_institution", "Studies at " + school, school, Map.of("institution", school), 0.75, true));
				}
				else if (at.find(0) && Places.known(at.group("o"))) {
					livesIn(at.group("o"), out); // "I study MBA at Manchester now": the town they study in, as "a PhD student at Plymouth"
				}
			}
		});
		rule("^(?:i work|i'm working|i am working)\\s+(?:at|for)\\s+the\\s+(?<x>\\p{Ll}[\\p{L} ]{2,40})", (m, out) -> {
			String org = phrase(m.group("x"));
			if (org != null && Character.isLowerCase(org.charAt(0)) && words(org) <= 3) {
				out.accept(fact(PROFESSIONAL, "company", "company", "Works for the " + org, org, Map.of("company", org), 0.75,
						true));
			}
		});
	}

	private void constraints() {
		rule("^my\\s+(?<x>eyesight|vision|hearing)\\s+is\\s+(?:really\\s+|very\\s+|quite\\s+)?(?:poor|bad|weak|failing|not (?:great|good))", (m, out) -> {
			String sense = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + sense, "Has poor " + sense, sense,
					Map.of("condition", "poor " + sense), 0.8, false));
		});
		rule("^i\\s+need\\s+(?:the\\s+)?(?:font|text|letters|print)\\s+(?:to be\\s+)?(?:bigger|larger)", (m, out) -> out.accept(fact(
				CONSTRAINTS, "accessibility", "accessibility_large_text", "Needs large text", "large text",
				Map.of("aid", "large text"), 0.8, false)));
		rule("^" + I_AM + "\\s+(?:very |severely |highly |deathly |really |also )?allergic\\s+to\\s+(?<x>.+)", (m, out) -> {
			for (String item : items(m.group("x"))) {
				if (!isJunk(item)) {
					out.accept(fact(CONSTRAINTS, "allergy", "allergy_" + slug(item), "Is allergic to " + item, item,
							Map.of("allergen", item), 0.9, false));
				}
			}
		});
		rule("^i\\s+have\\s+(?:an?|a severe|a mild|a serious)\\s+(?<x>[\\p{L} ]{2,30}?)\\s+allergy\\b", (m, out) -> {
			String item = lower(m.group("x")).replaceFirst("^(severe|mild|serious)\\s+", "");
			out.accept(fact(CONSTRAINTS, "allergy", "allergy_" + slug(item), allergySaid(item), item,
					Map.of("allergen", item), 0.9, false));
		});
		rule("^" + I_AM + "\\s+(?:(?<x>lactose|gluten|fructose|histamine|caffeine|alcohol)[- ]intolerant\\b"
				+ "|intolerant (?:to|of) (?<y>lactose|gluten|fructose|histamine|caffeine|alcohol)\\b)", (m, out) -> {
			String item = lower(m.group("x") != null ? m.group("x") : m.group("y"));
			out.accept(fact(CONSTRAINTS, "intolerance", "intolerance_" + item, "Is " + item + " intolerant", item,
					Map.of("intolerance", item), 0.9, false));
		});
		rule("^(?:" + I_AM + "|i have)\\s+(?:a\\s+)?(?<x>diabetic|diabetes|celiac disease|coeliac disease|celiac|coeliac|"
				+ "epileptic|epilepsy|asthmatic|asthma|pregnant|adhd|add|dyslexia|autism|migraines|arthritis|"
				+ "a heart condition|high blood pressure|a disability|chronic pain|anxiety|ptsd|ibs|crohn's)\\b", (m, out) -> {
					String condition = lower(m.group("x"));
					out.accept(fact(CONSTRAINTS, "health", "health_" + slug(condition.replace(" disease", "")),
							"Has a health condition: " + condition, condition, Map.of("condition", condition), 0.85,
							false));
				});
		rule("^i\\s+(?:can't|cannot|can not|am unable to|'m unable to)\\s+(?:eat|have|drink|tolerate)\\s+(?<x>.+)", (m, out) -> {
			for (String item : items(m.group("x"))) {
				if (!isJunk(item) && words(item) <= 3) {
					out.accept(fact(CONSTRAINTS, "dietary_restriction", "cannot_eat_" + slug(item), "Cannot eat " + item,
							item, Map.of("food", item), 0.85, false));
				}
			}
		});
		rule("^i\\s+(?:use|rely on|need|depend on)\\s+(?:a|an|my)?\\s*(?<x>screen ?reader|wheelchair|hearing aids?|"
				+ "braille(?: display)?|white cane|cane|walker|mobility scooter|magnifier|captions|subtitles|"
				+ "large (?:fonts?|print|text)|voice control|sign language)\\b", (m, out) -> {
					String aid = lower(m.group("x"));
					out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + slug(aid), "Uses " + aid, aid,
							Map.of("aid", aid), 0.9, false));
				});
		rule("^" + I_AM + "\\s+(?:legally |partially |completely |profoundly |a bit |slightly )?(?<x>blind|deaf|"
				+ "colou?r[- ]?blind|visually impaired|hearing impaired|hard of hearing|dyslexic|autistic|paralyzed|"
				+ "paralysed|wheelchair[- ]bound|a wheelchair user|partially sighted|sight impaired|registered blind)\\b", (m, out) -> {
					String condition = lower(m.group("x"));
					if (condition.contains("wheelchair")) { // one fact with "I use a wheelchair" and "wheelchair user here"
						out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_wheelchair", "Uses a wheelchair", "wheelchair",
								Map.of("aid", "wheelchair"), 0.9, false));
						return;
					}
					out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + slug(condition),
							"Is " + condition, condition, Map.of("condition", condition), 0.9, false));
				});
		rule("^(?:my (?:total |max(?:imum)? |monthly |overall )?budget is|my budget's)\\s+(?:about |around |roughly |up to |at most |"
				+ "max |maximum |under |below |only )?(?<x>.+)", (m, out) -> budget(m.group("x"), out));
		rule("^i\\s+(?:can't|cannot|can not|won't|don't want to)\\s+(?:spend|pay|afford)\\s+(?:anything\\s+|much\\s+)?(?:more than|over|above)\\s+(?<x>.+)",
				(m, out) -> budget(m.group("x"), out));
		rule("^i\\s+can\\s+only\\s+(?:spend|pay|afford)\\s+(?:about |around |up to )?(?<x>.+)", (m, out) -> budget(m.group("x"), out));
		rule("^(?:" + I_AM + "|we're|we are)\\s+on\\s+a\\s+(?<x>tight|limited|small|strict|low|fixed)\\s+budget\\b", (m, out) -> {
			String kind = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "budget", "budget", "Is on a " + kind + " budget", kind + " budget",
					Map.of("budget", kind), 0.8, true));
		});
	}

	private void communication() {
		rule("^(?:short|brief|concise|shorter|quick)\\s+(?:answers|replies|responses)(?:\\s+please)?\\b", (m, out) -> answerLength("short", 0.75, m.group(), out));
		rule("^(?:give|send|write|keep)\\s+(?:me\\s+)?(?:much\\s+)?(?:shorter|short|brief|briefer|concise|less wordy)\\s+(?:answers|replies|responses|messages)\\b",
				(m, out) -> answerLength("short", 0.75, out));
		rule("^(?:give|send|write)\\s+(?:me\\s+)?(?:longer|more detailed|detailed|in-depth|fuller)\\s+(?:answers|replies|responses|explanations)\\b",
				(m, out) -> answerLength("detailed", 0.75, out));
		rule("\\b(?<x>metric|imperial)\\s+(?:units|system|measurements)\\b", (m, out) -> {
			String units = lower(m.group("x"));
			out.accept(fact(COMMUNICATION, "units", "units", "Prefers " + units + " units", units, Map.of("units", units),
					0.75, true));
		});
		rule("(?:please\\s+)?(?:keep|make)\\s+(?:it|them|your (?:answers|replies|responses|messages)|the (?:answers|replies)|"
				+ "answers|replies|things)\\s+(?:short|brief|concise|to the point)", (m, out) -> answerLength("short", 0.8, m.group(), out));
		rule("^(?:please\\s+)?(?:be\\s+(?:brief|concise))|\\btoo long\\b|\\btl;?dr\\b|\\bshorter (?:answers|replies|please)\\b"
				+ "|^i (?:prefer|like|want|need) (?:short|brief|concise|quick|shorter) (?:answers|replies|responses|explanations)",
				(m, out) -> answerLength("short", 0.75, m.group(), out));
		rule("\\b(?:more detail(?:s|ed)?|in (?:more )?detail|elaborate|go deeper|explain (?:it )?(?:thoroughly|fully|step by step))\\b"
				+ "|^i (?:prefer|like|want|need|appreciate) (?:detailed|long|thorough|in-depth|longer|step-by-step) "
				+ "(?:answers|replies|responses|explanations)", (m, out) -> answerLength("detailed", 0.75, out));
		rule("^(?:please\\s+)?(?:answer|reply|respond|write|talk|speak)(?: to me)?\\s+in\\s+(?<x>\\p{L}+)\\b", (m, out) -> {
			String language = lower(m.group("x"));
			if (Lexicon.LANGUAGES.contains(language)) {
				String name = capitalise(language);
				out.accept(fact(COMMUNICATION, "reply_language", "reply_language", "Wants replies in " + name, name,
						Map.of("language", name), 0.85, true));
			}
		});
		rule("\\b(?:in simple terms|simply|like i'?m (?:five|5|a (?:child|kid|toddler))|in plain (?:english|language|words)|without jargon|no jargon)\\b"
				+ "|^" + I_AM + " not (?:very |that |a |super )?(?:technical|tech[- ]savvy|techy|an expert)|^" + I_AM
				+ " (?:an? )?(?:total |complete |absolute )?(?:beginner|newbie|novice)\\b(?!\\s+(?!(?:at|with|when it comes to|here|in|so|and|but)\\b)\\p{L})|\\bexplain (?:it |things )?slowly\\b",
				(m, out) -> {
					boolean beginner = lower(m.group(0)).matches(".*\\b(beginner|newbie|novice)\\b.*");
					out.accept(fact(COMMUNICATION, "technical_level", "technical_level",
							beginner ? "Is a beginner: prefers simple, non-technical explanations"
									: "Prefers simple, non-technical explanations",
							"simple", Map.of("technical_level", beginner ? "beginner" : "simple"), 0.75, true));
				});
		rule("(?:don't|do not|never|no)\\s+(?:send|write|give)\\s+(?:me\\s+)?(?:long|lengthy|huge|massive)\\s+(?:emails|messages|answers|"
				+ "replies|texts|paragraphs|responses)|^(?:the\\s+)?(?:short|quick)\\s+version(?:\\s+please)?\\b|"
				+ "\\b(?:long|big)\\s+(?:walls of text|blocks of text|paragraphs|texts|messages)\\s+(?:are|is)\\s+(?:really\\s+|very\\s+)?(?:hard|difficult|too much)(?!\\s+for\\s+(?:my|his|her|their|our)\\b|\\s+for\\s+(?:him|her|them)\\b)",
				(m, out) -> {
					if (compiled("^(?:long|big)\\s", FLAGS).matcher(m.group()).find()) {
						// "long walls of text are really hard for me": the reason keeps the writer's words
						out.accept(fact(COMMUNICATION, "answer_length", "answer_length", "Prefers short answers (" + lower(m.group()) + " for them)", "short",
								Map.of("answer_length", "short"), 0.75, true));
						return;
					}
					answerLength("short", 0.75, out);
				});
		rule("\\b(?:bullet(?:ed)? (?:points|lists?)|numbered lists?)\\b|\\b(?:in|as|into|with)\\s+(?:a\\s+)?(?:table|tables)\\b(?!\\s+(?:for|of|at|by|near)\\b)", (m, out) -> {
			String format = lower(m.group(0)).replaceFirst("^(?:in|as|into|with)\\s+(?:a\\s+)?", ""); // "a table for 6" is a booking, "in a table" a format
			out.accept(fact(COMMUNICATION, "format", "format_" + slug(format), "Prefers answers as " + format, format,
					Map.of("format", format), 0.7, false));
		});
		rule("^(?:please\\s+)?(?:be|stay|keep it)\\s+(?<x>formal|informal|casual|direct|friendly|polite|professional)\\b",
				(m, out) -> {
					String tone = lower(m.group("x"));
					out.accept(fact(COMMUNICATION, "tone", "tone", "Prefers a " + tone + " tone", tone,
							Map.of("tone", tone), 0.75, true));
				});
	}

	private void preferences() {
		rule("^(?:" + I_AM + "|i've been|i have been|i went|i turned)\\s+(?:a\\s+)?(?:strict\\s+|full\\s+|mostly\\s+)?(?<x>vegetarian|vegan|pescatarian|pescetarian|"
				+ "flexitarian|halal|kosher|keto|paleo|carnivore|teetotal|teetotaler|non-drinker)\\b", (m, out) -> {
					String diet = lower(m.group("x"));
					out.accept(fact(CONSTRAINTS, "diet", "diet", "Is " + diet, diet, Map.of("diet", diet), 0.85, true));
				});
		rule("^i\\s+(?:just\\s+|also\\s+|really\\s+)?(?:don't|do not|no longer|never|stopped eating|stopped drinking|gave up)\\s+(?:eat\\s+|drink\\s+|eating\\s+|drinking\\s+)?(?<x>meat|red meat|"
				+ "pork|beef|fish|chicken|dairy|sugar|alcohol|coffee|eggs|gluten|animal products|milk|wine|beer|soda|caffeine)\\b", (m, out) -> {
					String food = lower(m.group("x"));
					// a drink is not eaten: "I don't drink coffee" is "Does not drink coffee"
					String verb = java.util.Set.of("alcohol", "coffee", "milk", "wine", "beer", "soda", "caffeine").contains(food) ? "Does not drink " : "Does not eat ";
					out.accept(fact(CONSTRAINTS, "diet", "avoids_" + slug(food), verb + food, food,
							Map.of("avoids", food), 0.8, false));
				});
		rule("^(?:i|we)\\s+(?:usually |generally |always |really |definitely |much |strongly |personally |tend to )?(?:prefer|rather have)\\s+(?<x>.+)",
				(m, out) -> {
					String raw = m.group("x");
					if (raw.matches("(?i)^to\\s+.*")) {
						String doing = phrase(raw.substring(3));
						if (doing != null && !isJunk(doing) && words(doing) <= 6 && !requestLike(doing)) {
							out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(doing), "Prefers to " + doing, doing,
									Map.of("prefers", doing), 0.7, false, 1));
						}
						return;
					}
					String object = phrase(raw.replaceFirst("(?i)\\s+(over|to|rather than|instead of)\\s+.*$", ""));
					if (object == null || isJunk(object)) {
						return;
					}
					if (answerStyle(raw)) {
						stylePreference(raw, out);
						return;
					}
					if (Lexicon.LANGUAGES.contains(lower(object))) {
						String name = capitalise(lower(object));
						out.accept(fact(COMMUNICATION, "reply_language", "reply_language", "Wants replies in " + name, name,
								Map.of("language", name), 0.75, true));
						return;
					}
					String full = phrase(raw);
					// How they want to be contacted or spoken to is communication style, as the issue files it.
					boolean contact = CONTACT_OR_TONE.matcher(object).find() || compiled("^(?:async|asynchronous(?:ly)?|written|in writing|chat|messaging|a human|a real person|a person|humans)\\b.*\\b(?:calls?|phone|meetings?|bots?|chat|email|the bot)\\b", FLAGS).matcher(raw).find();
					out.accept(fact(contact ? COMMUNICATION : PREFERENCES, contact ? "contact_style" : "preference",
							"prefers_" + slug(object), "Prefers " + (full == null ? object : full),
							object, Map.of("prefers", object), 0.75, false, 1));
				});
		rule("^(?<x>[\\p{L} ]{2,25}?)\\s+(?:is|are|works|work)\\s+(?:much\\s+)?(?:better|best|easier)\\s+for\\s+me$", (m, out) -> {
			String object = phrase(m.group("x"));
			if (object != null && !isJunk(object) && words(object) <= 3 && !object.matches("(?i)" + CHANNEL)) {
				String subject = topic(object);
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(subject), "Prefers " + object, subject,
						Map.of("prefers", object), 0.65, false, 1));
			}
		});
		rule("^i(?:'d| would)\\s+rather\\s+(?:have|get|receive|use)?\\s*(?<x>.+)", (m, out) -> {
			String raw = m.group("x");
			if (answerStyle(raw)) {
				stylePreference(raw, out);
				return;
			}
			if (compiled("\\b(?:now|right now|today|tonight|this time|this once|for now|for the moment|at the moment)\\s*$", FLAGS).matcher(raw).find()) {
				return; // "I'd rather wait than go in now" is about this moment
			}
			String object = phrase(raw.replaceFirst("(?i)\\s+(than|over|instead of)\\s+.*$", ""));
			if (object != null && !isJunk(object) && words(object) <= 5) {
				// "I'd rather talk to a human", "I'd rather get an email": how they want to be dealt with is communication
				boolean contact = CONTACT_OR_TONE.matcher(object).find()
						&& !object.matches("(?i).*\\b(?:buy|pay|order|book|eat|drink|have|get)\\b.*")
						|| object.matches("(?i)^(?:talk|speak|chat|deal)\\s+(?:to|with)\\s+(?:a\\s+)?(?:human|real person|person|someone|agent)\\b.*");
				out.accept(fact(contact ? COMMUNICATION : PREFERENCES, contact ? "contact_style" : "preference", "prefers_" + slug(object), "Would rather " + object, object,
						Map.of("prefers", object), 0.7, false, 1));
			}
		});
		rule("^(?:i|we)\\s+(?:really |absolutely |truly |just |honestly )?(?:hate|dislike|detest|despise|loathe|can't stand|"
				+ "cannot stand|don't like|do not like|don't enjoy|do not enjoy|am not a (?:big |huge )?fan of|'m not a (?:big |huge )?fan of|"
				+ "don't care for|am not into|'m not into|really don't like)\\s+(?<x>.+)", (m, out) -> {
					String object = phrase(m.group("x"));
					if (object != null && (!isJunk(object) || object.matches("(?i)^(waiting|being|getting|doing|having)\\s+\\p{L}.*"))
							&& !lower(object).matches(".*\\b(you|your)\\b.*") && words(object) <= 5) {
						// a list of things disliked is one dislike each ("pop-ups and autoplay videos"), when each item is a noun of its own
						List<String> each = object.matches("(?i)^[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s*(?:,|\\s+and\\s+|\\s+or\\s+)\\s*[\\p{L}-]+(?:\\s+[\\p{L}-]+)?$")
								&& !object.matches("(?i).*\\b(?:salt|fish|mac|rock|r|black|bread|sweet|hide|pros|back|forth|trial|error)\\s+(?:and|or)\\s+.*") ? items(object) : List.of(object);
						for (String one : each) {
							String subject = topic(one);
							// how they are contacted or written to is communication style ("I hate phone calls", "I hate long emails")
							boolean contact = CONTACT_OR_TONE.matcher(one).find();
							out.accept(fact(contact ? COMMUNICATION : PREFERENCES, contact ? "contact_style" : "dislike", "dislikes_" + slug(subject), "Dislikes " + one, subject,
									Map.of("dislikes", one), 0.75, false, -1));
						}
					}
				});
		rule("^my\\s+(?:absolute\\s+|all-time\\s+)?favou?rite\\s+(?<what>[\\p{L}]+(?:\\s[\\p{L}]+)?)\\s+(?:is|are|has to be|would be)\\s+(?<x>.+)",
				(m, out) -> {
					String what = lower(m.group("what"));
					String object = phrase(m.group("x"));
					if (object != null && !isJunk(object)) {
						out.accept(fact(PREFERENCES, "favourite", "favourite_" + slug(what),
								"Favourite " + what + " is " + object, object, Map.of(what, object), 0.8, true, 1));
					}
				});
		rule("^(?<x>[\\p{L}0-9][\\p{L}0-9' ]{0,30}?)\\s+(?:is|are)\\s+my\\s+(?:absolute\\s+|all-time\\s+)?favou?rite\\s+(?<what>[\\p{L}]+(?:\\s[\\p{L}]+)?)$",
				(m, out) -> {
					String what = lower(m.group("what"));
					String object = m.group("x").strip();
					if (!isJunk(object) && !object.matches("(?i)^(this|that|it|he|she|they|you)\\b.*")) {
						out.accept(fact(PREFERENCES, "favourite", "favourite_" + slug(what),
								"Favourite " + what + " is " + object, object, Map.of(what, object), 0.8, true, 1));
					}
				});
		rule("^i\\s+like\\s+my\\s+(?<what>\\p{L}+)\\s+(?<x>.+)", (m, out) -> {
			String what = lower(m.group("what"));
			String how = phrase(m.group("x"));
			if (how != null) {
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(what), "Likes their " + what + " " + how,
						what + " " + how, Map.of(what, how), 0.75, true, 1));
			}
		});
	}

	/** When a move is near enough to be the new home: "next week", "on 1 March", "in two weeks", "at the end of the month". */
	private static final Pattern IMMINENT = Pattern.compile("\\b(?:next (?:week|month)|this (?:week|month|weekend)|tomorrow|on (?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b|"
			+ "on (?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}\\b|at the end of (?:the|this) month|"
			+ "in (?:a|one|two|three|a few|a couple of|\\d) (?:days?|weeks?))", FLAGS);

	/** Words that say two names are software, not places: "moved from Jira to Linear", "sync with", "our tool". */
	private static final Pattern SOFTWARE_WORDS = Pattern.compile("\\b(?:tool|tools|app|apps|software|platform|sync|syncs|integrat\\w*|plugin|api|crm|workspace|migrat\\w*|licen[cs]es?|seats?|saas)\\b", FLAGS);

	/** A taste in food rather than a topic: "spicy food", "sweet things", "anything salty". */
	private static final Pattern FLAVOUR = Pattern.compile("^(?:anything\\s+|really\\s+|very\\s+)?(?:spicy|sweet|salty|savou?ry|sour|bitter|mild|tangy|smoky|crunchy|hot and spicy)"
			+ "(?:\\s+(?:food|foods|stuff|things|dishes|flavou?rs|snacks|meals))?$", FLAGS);

	/** What a sentence says after a place someone moved to that makes it a home: "... and love it here", "for work", "with the kids". */
	private static final Pattern SETTLED = Pattern.compile("\\b(?:here|there|city|town|village|area|countryside|coast|the kids|my family|my partner|for work|for a job|for my job|for uni|neighbou?rhood|flat|house|home|rent|years? ago)\\b", FLAGS);

	private void goals2() {
		rule("^(?:not|never been)\\s+(?:a|much of a)\\s+(?:big |huge )?fan of\\s+(?<x>.+)", (m, out) -> {
			String object = phrase(m.group("x"));
			if (object != null && !isJunk(object) && words(object) <= 5) {
				String subject = topic(object);
				out.accept(fact(PREFERENCES, "dislike", "dislikes_" + slug(subject), "Dislikes " + object, subject,
						Map.of("dislikes", object), 0.65, false, -1));
			}
		});
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:currently\\s+)?(?:moving|relocating)\\s+to\\s+(?<x>.+)", (m, out) -> {
			String place = properNoun(m.group("x"));
			if (place != null && IMMINENT.matcher(m.group("x")).find()) {
				// "I'm moving to Porto next month, can I keep my number?": a move days or weeks away is the new home the
				// service must use (outside writers file it as where they live, three of three); one months away a plan
				out.accept(fact(PERSONAL, "location", "location", "Is moving to " + place, place, Map.of("place", place, "moving_to", place), 0.7, true));
			}
			else if (place != null) {
				out.accept(fact(GOALS, "plan", "plan_move", "Is moving to " + place, place, Map.of("moving_to", place), 0.75,
						true));
			}
		});
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:seriously\\s+)?(?:thinking (?:about|of)|considering)\\s+(?<x>\\p{L}+ing\\b.+)", (m, out) -> {
			String object = phrase(m.group("x"));
			if (object != null && !isJunk(object) && words(object) <= 7 && !requestLike(object) && !object.matches(CUSTOMER_ERRAND)) {
				String subject = topic(object);
				out.accept(fact(GOALS, "plan", "goal_" + slug(subject), "Is considering " + object, subject,
						Map.of("considering", object), 0.6, false));
			}
		});
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:currently\\s+)?working\\s+on\\s+(?:a|an|my own|my first)\\s+(?<x>.+)", (m, out) -> {
			String object = phrase(m.group("x").replaceFirst("(?i)\\s+(?:in my (?:spare|free) time|on the side|for fun|at weekends|on weekends|in the evenings)\\b.*$", ""));
			if (object != null && !isJunk(object) && words(object) <= 4 && !requestLike(object)) {
				String subject = topic(object);
				out.accept(fact(GOALS, "project", "project_" + slug(subject), "Is working on a " + object, subject,
						Map.of("project", object), 0.7, false));
			}
		});
		rule("^(?:(?:" + I_AM + "|we're|we are)|(?:my \\p{L}+ and i are))\\s+expecting\\s+(?<x>a baby|twins|our first (?:child|baby)|a (?:boy|girl))",
				(m, out) -> {
					String what = lower(m.group("x"));
					// a baby on the way is family, as the outside writers file it (three of three), not a goal
					out.accept(fact(PERSONAL, "family", "family_expecting", "Is expecting " + what, "baby", Map.of("expecting", what),
							0.85, true));
				});
	}

	/** "Climbing is my whole life", "jazz is my biggest passion": a strong interest, unless it is work, family or a pronoun. */
	private static void lovedAboveAll(String loved, Consumer<ExtractedFact> out) {
		String object = loved.strip();
		if (!isJunk(object) && words(object) <= 3
				&& !object.matches("(?i)^(?:this|that|it|he|she|they|my|work|job|the job|family|money|you)\\b.*")) {
			String subject = lower(topic(object));
			out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), "Loves " + lower(object), subject,
					Map.of("topic", subject, "strength", "strong"), 0.7, false, 1));
		}
	}

	private static boolean requestLike(String object) {
		for (String word : lower(object).split("\\s+")) {
			if (Lexicon.REQUEST_OBJECTS.contains(word.replaceAll("\\W", ""))) {
				return true;
			}
		}
		return false;
	}

	private void goals() {
		goals2();
		rule("^my\\s+(?:main |big |biggest |long-term |personal )?(?:goal|dream|plan|ambition|aim|resolution)\\s+(?:for [\\w ]+ |this year |this month |for this year |in \\d{4} )?"
				+ "(?:is|was)\\s+(?:to\\s+)?(?<x>.+)", (m, out) -> goal(m.group("x"), 0.8, false, out));
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:currently |actually |really )?(?:planning|hoping|aiming|trying|working|"
				+ "preparing|intending|going)\\s+(?:hard\\s+)?(?:to|towards|toward|on)\\s+(?<x>.+)", (m, out) -> goal(m.group("x"), 0.7, true, out));
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:currently )?(?:saving|saving up)\\s+(?:for|to buy)\\s+(?<x>.+)", (m, out) -> {
			String object = phrase(m.group("x"));
			if (object != null && !isJunk(object)) {
				String subject = topic(object);
				out.accept(fact(GOALS, "saving", "goal_" + slug(subject), "Is saving for " + object, subject,
						Map.of("saving_for", object), 0.75, false));
			}
		});
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:currently )?(?:studying|preparing|training|revising)\\s+for\\s+(?<x>.+)", (m, out) -> {
			// "training for the Berlin marathon in September and want to add strength work": a second wish, its "I" left out
			Matcher more = compiled("\\s+and\\s+(?:also\\s+)?(?:want|wanna|hope|plan|need|would like|'d like)\\s+to\\s+(?<y>.+)$", FLAGS).matcher(m.group("x"));
			boolean second = more.find();
			String object = phrase(second ? m.group("x").substring(0, more.start()) : m.group("x"));
			if (second) {
				goal(more.group("y"), 0.6, true, out);
			}
			if (object != null && !isJunk(object)) {
				String subject = topic(object);
				out.accept(fact(GOALS, "goal", "goal_" + slug(subject), "Is preparing for " + object, subject,
						Map.of("preparing_for", object), 0.75, false));
			}
		});
		rule("^(?:" + I_AM + "|we're|we are)\\s+getting\\s+(?<x>married|engaged|divorced)\\b", (m, out) -> {
			String event = lower(m.group("x"));
			out.accept(fact(GOALS, "plan", "plan_" + event, "Is getting " + event, event, Map.of("event", event), 0.8, false));
		});
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:currently\\s+|also\\s+)?learning\\s+(?<to>to\\s+|how to\\s+)?(?<x>.+)", (m, out) -> {
			String said = phrase(m.group("x").replaceFirst("(?i)\\s+(?:on|with|using|through|via)\\s+(?:your|the|this|an?)\\s+(?:app|site|website|platform|course|program|programme)\\b.*$", ""));
			// "I'm learning to play the guitar": the "to" belongs to what they learn
			String object = said == null || m.group("to") == null ? said : lower(m.group("to")) + said;
			if (said != null && !isJunk(said) && words(said) <= 4) {
				String subject = topic(said);
				out.accept(fact(GOALS, "learning", "learning_" + slug(subject), "Is learning " + object, subject,
						Map.of("learning", object), 0.8, false));
			}
		});
		rule("^(?:i|we)(?:\\s+|(?='))(?:really |would really |'d really |just (?=want|wanna))?(?:want|wanna|plan|hope|intend|aim|dream|'d like|would like|"
				+ "'d love|would love|am hoping|'m hoping|am planning|'m planning|need)\\s+(?:to\\s+)?(?<x>.+)",
				(m, out) -> goal(m.group("x"), 0.65, true, out));
	}

	private void interests() {
		rule("^" + I_AM + "\\s+(?:more of\\s+|definitely\\s+|totally\\s+|really\\s+)?an?\\s+(?<x>[\\p{L}-]+)\\s+(?:person|guy|girl|gal|kind of (?:person|guy|girl))\\b", (m, out) -> {
			String what = lower(m.group("x"));
			if (what.matches("morning|night|early|evening")) {
				return; // when they are active is behaviour, read by the person-type rule
			}
			if (what.matches("cat|dog|people|beach|mountain|city|country|tea|coffee|summer|winter|indoor|outdoor|outdoors")) {
				out.accept(fact(PREFERENCES, "preference", "person_type_" + slug(what), "Is a " + what + " person", what + " person",
						Map.of("prefers", what), 0.75, false, 1));
			}
			else if (!what.matches("nice|good|bad|simple|busy|normal|private|patient|practical|visual|shy|social|people|phone|email|e-mail|text|texting|call|whatsapp|voice|in-person|face-to-face")) {
				out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(what), "Is into " + what, what,
						Map.of("topic", what, "strength", "strong"), 0.65, false, 1));
			}
		});
		rule("^(?<x>[\\p{L}][\\p{L} ]{1,25}?)\\s+is\\s+my\\s+(?:life|passion|thing|jam|obsession|favou?rite thing)\\b", (m, out) -> {
			String object = m.group("x").strip();
			if (!isJunk(object) && words(object) <= 3 && !object.matches("(?i)^(this|that|it|he|she|they|family|work|job)\\b.*")) {
				String subject = topic(object);
				out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(lower(subject)), "Loves " + lower(object), lower(subject),
						Map.of("topic", lower(subject), "strength", "strong"), 0.7, false, 1));
			}
		});
		rule("^i\\s+(?:regularly\\s+|often\\s+|also\\s+|usually\\s+|always\\s+|normally\\s+|mostly\\s+|love to\\s+|like to\\s+|enjoy\\s+)?(?<x>cycle|bike|run|jog|swim|hike|surf|climb|dance|paint|draw|knit|sew|bake|"
				+ "garden|fish|sing|ski|skate|snowboard|row|box|meditate|sail|kayak|camp|golf|crochet)\\b(?<rest>.*)", (m, out) -> {
					String verb = lower(m.group("x"));
					if (TIME_OF_DAY_ROUTINE.matcher(m.group("rest")).find() || COMMUTE_TO.matcher(m.group("rest")).find()) {
						return; // "I swim every morning before work", "I cycle to work": routines, read as behaviour
					}
					// "I cycle in and need a locker": "in" alone is to work
					Matcher commute = compiled("^\\s*(?:in\\s+|into\\s+)?(?:to\\s+)?(?<w>work|school|uni|college|the office|the station|campus)\\b"
							+ "|^\\s*in(?=\\s*$|\\s*[,.;!]|\\s+(?:and|so|but|every|most|each|daily)\\b)", FLAGS).matcher(m.group("rest"));
					if (commute.find()) {
						String to = commute.group("w") == null ? "work" : lower(commute.group("w"));
						// "I cycle to work" is how they commute (behaviour, as outside writers file it), not a pastime; with its
						// day ("every day") the routine rule reads it
						if (!RECURRING.matcher(m.group("rest")).find()) {
							String said = capitalise(thirdPerson(verb, "to " + to));
							out.accept(fact(BEHAVIOR, "commute", "commute", said, verb + " to " + to, Map.of("habit", lower(said)), 0.65, true));
						}
						return;
					}
					if (m.group("rest").matches("(?i)^\\s*(out of|into|away|over|late|low|errands|cold|hot|warm|short|dry|empty|behind|things|a(?!\\s+(?:lot|bit(?!\\s+of)|fair bit|fair amount|great deal)\\b)|an|the|my|our|your|his|her|their|this|that|it)\\b.*")
							|| m.group("rest").matches("(?i)^\\s+(?:in|with|for)\\s+(?:a|an|the|my|our)\\s+(?:local\\s+)?(?:[\\p{L}0-9-]+\\s+)?(?:choir|band|orchestra|ensemble|quartet|trio|troupe|crew)\\b.*")) {
						return; // "I sing in a choir" is read with its group
					}
					if (("run".equals(verb) || "manage".equals(verb)) && compiled("^\\s*(?:" + DEPARTMENTS + ")\\b", FLAGS).matcher(m.group("rest")).find()) {
						return; // "I run marketing at Acme": their job, not running as a pastime
					}
					String rest = phrase(compiled("(?i)^\\s*(?:a lot|a bit|a fair bit|a fair amount|a great deal)\\b") // "I knit a lot in winter"
						.matcher(m.group("rest").replaceFirst("(?i)\\s+(?:in|at|on|with|to|from|around|near)\\s+.*$", "")).replaceFirst(""));
					String activity = rest == null || words(rest) > 2 || rest.matches("(?i)^(to|in|at|on|with|from|around|near)\\b.*")
							? verb : verb + " " + rest;
					out.accept(fact(INTERESTS, "activity", "interest_" + verb, "Likes to " + activity, activity,
							Map.of("topic", activity, "activity", verb), 0.65, false, 1));
				});
		rule("^(?:i|we|(?:my \\p{L}+ and i))\\s+(?:really |absolutely |truly |just |totally |also |still |genuinely |kind of |sort of |quite |actually |do )?"
				+ "(?<v>love|like|enjoy|adore|am into|'m into)\\s+(?<x>.+)", (m, out) -> {
					String verb = lower(m.group("v"));
					String raw = m.group("x");
					if (raw.matches("(?i)^my\\s.*") || raw.matches("(?i)^to\\s.*")) {
						return; // "I like my coffee black" is a preference; "I'd love to" a goal, handled elsewhere
					}
					for (String object : items(raw)) {
						if (isJunk(object) || words(object) > 5) {
							continue;
						}
						if (FLAVOUR.matcher(object).matches()) {
							// "i love spicy food": a taste the kitchen must respect, filed by every outside writer as a preference
							String taste = lower(object);
							out.accept(fact(PREFERENCES, "preference", "likes_" + slug(taste), ("like".equals(verb) ? "Likes " : "Loves ") + taste, taste,
									Map.of("likes", taste), 0.7, false, 1));
							continue;
						}
						String subject = topic(object);
						double confidence = switch (verb) {
							case "love", "adore" -> 0.75;
							case "enjoy", "am into", "'m into" -> 0.7;
							default -> 0.65;
						};
						String sentence = switch (verb) {
							case "love", "adore" -> "Loves ";
							case "enjoy" -> "Enjoys ";
							case "like" -> "Likes ";
							default -> "Is into ";
						};
						out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), sentence + object, subject,
								Map.of("topic", subject, "strength", confidence >= 0.75 ? "strong" : "moderate"),
								confidence, false, 1));
					}
				});
		rule("^" + I_AM + "\\s+(?:really |very |quite |so |super |deeply |also |totally |way more |much more |so much more |a lot more |more |heavily |properly |seriously |now |mostly )?(?:into|interested in|passionate about|"
				+ "obsessed with|keen on|fascinated by|crazy about|mad about|hooked on|addicted to|a (?:big |huge |massive |great )?"
				+ "(?:fan|lover) of|an? (?:avid|keen|passionate))\\s+(?<x>.+)", (m, out) -> {
					if (compiled("\\ban?\\s+(?:avid|keen|passionate)$", FLAGS).matcher(m.group(0).substring(0, m.start("x")).strip()).find()) {
						return; // "I'm a keen gardener and grow my own veg": the agent noun is read by the fan rule ("Is a gardener")
					}
					for (String object : items(m.group("x"))) {
						if (compiled("^(?:went|got|saw|seen|have|had|has|am|was|were|want|need|do|did|go|going|been|will|would|can|could|just|also|really|bought|met|tried)\\b", FLAGS).matcher(object).find()) {
							break; // "a huge fan of Taylor Swift and went to the Eras tour": what follows "and" is something they did
						}
						if (!isJunk(object) && words(object) <= 5 && !object.matches("(?i)^(?:believer|observer|advocate|proponent|supporter of|customer|user)\\b.*")) {
							String subject = topic(object);
							out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject),
									"Is interested in " + object, subject, Map.of("topic", subject, "strength", "strong"),
									0.75, false, 1));
						}
					}
				});
		rule("^" + I_AM + "\\s+(?:an?|such an?)\\s+(?:big |huge |massive |die-hard |diehard |lifelong |great |real |true |total |avid )?(?<x>[\\p{L}0-9][\\p{L}0-9 ]{1,30}?)\\s+"
				+ "(?:fan|supporter|lover|enthusiast|nerd|geek|buff|fanatic|stan)\\b", (m, out) -> {
					String subject = m.group("x").strip();
					if (subject.matches("(?i)big|huge|massive|great|real|true|total|avid|die-hard|lifelong|such a|such an")) {
						return;
					}
					out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), "Is a fan of " + subject,
							subject, Map.of("topic", subject, "strength", "strong"), 0.8, false, 1));
				});
		rule("^i(?:'ve| have)\\s+been\\s+(?<v>playing|doing|practi[sc]ing|dancing|painting|collecting|surfing|climbing|running|"
				+ "cycling|swimming|knitting|cooking|baking)\\b\\s*(?<x>.*?)(?:(?<=\\s|^|g)\\s*\\b(?:for|since)\\s+.*)?$", (m, out) -> { // "I've been running for 10 years": the time is no object
					String verb = lower(m.group("v"));
					String object = m.group("x").isBlank() ? null : phrase(m.group("x"));
					String activity = object == null ? verb : verb + " " + object;
					if (object != null && (isJunk(object) || words(object) > 4) || object == null && BARE_ACTIVITY.matcher(verb).matches()
							|| compiled("\\b(?:for|since)\\s+(?:(?:about|over|nearly|almost)\\s+)?(?:\\d+|an?|one|two|three|ten|twenty|thirty|forty)\\s+(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\\b|\\b(?:since|for)\\s+(?:this morning|lunch|breakfast|ages today|an hour)\\b|\\b(?:today|all day|all morning|tonight)\\b", FLAGS).matcher(m.group()).find()) {
						return; // "been playing since the beta": playing what is not said; "swimming for 20 minutes": today, no pastime said
					}
					String subject = object == null ? verb : topic(object);
					out.accept(fact(INTERESTS, "activity", "interest_" + slug(subject), "Has been " + activity + " for a while",
							subject, Map.of("topic", subject, "activity", activity), 0.75, false, 1));
				});
		rule("^my\\s+(?:favou?rite\\s+)?(?:hobby is|hobbies are|hobbies include|pastime is|passion is|passions are)\\s+(?<x>.+)",
				(m, out) -> {
					for (String object : items(m.group("x"))) {
						if (!isJunk(object) && words(object) <= 5) {
							String subject = topic(object);
							out.accept(fact(INTERESTS, "hobby", "interest_" + slug(subject), "Has " + object + " as a hobby",
									subject, Map.of("topic", subject, "strength", "strong"), 0.8, false, 1));
						}
					}
				});
		rule("^(?:i|we)\\s+(?:regularly |often |also |still )?(?<v>play|collect|practi[sc]e|go)\\s+(?<x>.+)", (m, out) -> {
			String verb = lower(m.group("v"));
			String said = m.group("x").replaceFirst("(?i)\\s+(?:\\d+\\s*x|\\d+\\s+times|several times|a couple (?:of )?times|most (?:days|weeks|weekends|evenings|nights|mornings))\\b.*$", "");
			said = compiled("^(?:mostly|mainly|usually|normally|generally|only|exclusively|sometimes|always)\\s+", FLAGS).matcher(said).replaceFirst(""); // "I play mostly on Switch": where, not what
			if ("go".equals(verb)) {
				said = said.replaceFirst("(?i)^(\\p{L}+ing)\\s+(?:at|in|on|with|near|around)\\s+(?:the|my|a|our)\\s+.*$", "$1"); // "climbing at the wall"
			}
			String object = phrase("go".equals(verb) ? said
					: said.replaceFirst("(?i)\\s+(?:in|at|on|with|for|from|around)\\s+.*$", ""));
			if (object == null || isJunk(object) || words(object) > ("go".equals(verb) ? 4 : 3) || object.matches("(?i)^(with|on|at|to|for|back|out|in|home|there|through|ahead|over|off)\\b.*")) {
				return;
			}
			if ("go".equals(verb) && !object.matches("(?i)^\\p{L}+ing\\b.*")) {
				return; // "I go hiking" is a hobby, "I go to the office" is not
			}
			String subject = topic(object);
			String sentence = switch (verb) {
				case "collect" -> "Collects ";
				case "go" -> "Goes ";
				case "play" -> "Plays ";
				default -> "Practises ";
			};
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(subject), sentence + object, subject,
					Map.of("topic", subject, "activity", verb), 0.7, false, 1));
		});
	}


	// ---------------------------------------------------------------- round five: tastes, sizes, budgets, health said in passing, hobbies, plans

	/** Words that say the size or budget in a message is someone else's: "for my son", "my niece wants", "for him". */
	private static final Pattern FOR_SOMEONE_ELSE = Pattern.compile("\\b(?:my|our|for\\s+(?:my|our|a|his|her|their))\\s+(?:little\\s+|eldest\\s+|youngest\\s+)?(?:son|daughter|kids?|children|child|niece|nephew|husband|wife|partner|"
			+ "boyfriend|girlfriend|bf|gf|mum|mom|mother|dad|father|brother|sister|friend|baby|grandson|granddaughter|grandkids?|boy|girl|toddler|teen|teenager|colleague|boss)\\b"
			+ "|\\bfor\\s+(?:him|her|them)\\b|\\b(?:he|she|he's|she's)\\b", FLAGS);
	private static final Pattern WRITER_WORD = Pattern.compile("\\b(?:i|i'm|im|i've|i'd|my|me|myself|ich|je|yo|soy|eu|sou|io|sono|ik|jag|jeg)\\b", FLAGS);
	private static final String SIZE_LETTERS = "(?-i:XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)";
	/** A size the writer wears: "size 44", "a size 43", "in XL", "women's 38", "size 11 wide", "(usually an 18/20)", "between sizes (M/L)". */
	private static final Pattern SIZE = Pattern.compile("(?:\\b(?<g>women's|womens|men's|mens|ladies'?|eu|uk|us)\\s+(?:size\\s+)?(?<n1>\\d{1,2}(?:[.,]5)?)\\b(?!\\s*(?:%|cm|mm|kg|min|years?|yrs?|pounds?|euros?|dollars?))"
			+ "|(?<![\\p{L}'])size\\s+(?<n2>\\d{1,2}(?:[.,]5)?(?:\\s+(?-i:US|UK|EU)(?![\\p{L}\\d]))?(?:\\s+wide(?:\\s+fit)?)?|" + SIZE_LETTERS + ")(?![\\p{L}\\d])"
			+ "|\\b(?:i'm|i am|im)\\s+(?:usually|normally|generally|typically|always)\\s+an?\\s+(?<n6>\\d{1,2}(?:[.,]5)?)(?=\\s*$|\\s*[,.!(]|\\s+(?:but|or|in|and|so)\\b)"
			+ "|\\bin\\s+(?<n3>(?-i:XS|XL|XXL|XXXL|[2-5]XL))\\b"
			+ "|\\b(?:i'm|i am|im|i wear|i take|i'm usually|i usually wear|i usually take)\\s+(?:usually\\s+|always\\s+|normally\\s+|generally\\s+)?(?:an?\\s+)?(?<n5>(?:extra[- ])?(?:small|medium|large)|petite|(?:uk|eu|us)\\s+\\d{1,2}(?:[.,]5)?)(?=\\s*$|\\s*[,.!?(]|\\s+(?:in|so|but|and|usually|normally|or|for|tbh|btw)\\b)"
			+ "|\\((?:usually\\s+|normally\\s+|always\\s+)?(?:an?\\s+)?(?<n4>\\d{1,2}/\\d{1,2}|" + SIZE_LETTERS + "/" + SIZE_LETTERS + ")\\))", FLAGS);
	/** A garment or shoe asked for with its size after a comma at the end: "Looking for a plain black hoodie, M". */
	private static final Pattern SIZE_AFTER_COMMA = Pattern.compile("\\b(?:hoodie|shirt|t-shirt|tee|jacket|coat|jumper|sweater|dress|jeans|trousers|top|fleece|parka|kit|jersey),\\s+(?<n>" + SIZE_LETTERS + ")[.!]?\\s*$", FLAGS);

	/** The sizes a writer wears, anywhere in a message about themselves; a size for someone else or in a bare question teaches nothing. */
	private static void sizesWorn(String text, Map<String, ExtractedFact> facts) {
		if (FOR_SOMEONE_ELSE.matcher(text).find()) {
			return;
		}
		// the writer is in the message, or speaks in fragments without "I" ("need new boots size 9 wide fit")
		boolean writer = WRITER_WORD.matcher(text).find()
				|| compiled("(?:^|[,.!]\\s*)(?:need|needing|looking for|after|want|ordered|bought|love|got)\\s+(?!you\\b|u\\b|it\\b)", FLAGS).matcher(text).find() && !QUESTION_START.matcher(text.strip()).find();
		for (String sentence : SENTENCE_END.split(text)) {
			String s = sentence.strip();
			if (HYPOTHETICAL.matcher(s).find() || JOKE_SENTENCE.matcher(s).find() && !writer) {
				continue;
			}
			boolean sentBack = compiled("\\b(?:return(?:ed|ing)?|exchang(?:e|ed|ing)|(?<!\\b(?:often|usually|always|sometimes) (?:need to |have to )?)swap(?:ped)?|too (?:big|small|tight|loose|long|short|narrow|wide)|(?:doesn't|didn't|don't|does not|did not) fit)\\b", FLAGS).matcher(s).find();
			Matcher m = SIZE.matcher(s);
			while (writer && !sentBack && m.find()) {
				String size;
				String value;
				if (m.group("n1") != null) {
					size = lower(m.group("g")).replace("womens", "women's").replace("mens", "men's") + " " + m.group("n1");
					value = "Wears " + size;
				}
				else if (m.group("n5") != null) {
					size = lower(m.group("n5")).replaceFirst("^(uk|eu|us)\\b", "$1").replaceAll("\\s+", " ");
					size = size.matches("(?:uk|eu|us) .*") ? size.substring(0, 2).toUpperCase(Locale.ROOT) + size.substring(2) : size;
					value = "Wears size " + size;
				}
				else if (m.group("n4") != null) {
					size = m.group("n4");
					value = size.matches(".*\\d.*") ? "Wears size " + size : "Is between sizes " + size;
				}
				else if (m.group("n6") != null) {
					size = m.group("n6");
					value = "Wears size " + size; // "I'm usually a 12 but sometimes 14"
				}
				else {
					size = m.group("n2") != null ? m.group("n2") : m.group("n3");
					size = size.matches(SIZE_LETTERS) ? size : compiled("\\b(us|uk|eu)$").matcher(lower(size)).replaceFirst(r -> r.group(1).toUpperCase(Locale.ROOT));
					value = "Wears size " + size;
				}
				ExtractedFact fact = fact(PREFERENCES, "size", "size_" + slug(size), value, size, Map.of("size", size), 0.7, false);
				facts.putIfAbsent(fact.key(), fact);
			}
			Matcher after = SIZE_AFTER_COMMA.matcher(s);
			if (after.find() && !s.endsWith("?")) {
				String size = after.group("n");
				ExtractedFact fact = fact(PREFERENCES, "size", "size_" + slug(size), "Wears size " + size, size, Map.of("size", size), 0.65, false);
				facts.putIfAbsent(fact.key(), fact);
			}
		}
	}

	/** A spending limit said in passing: "under 150 euros", "maximal 400 Euro", "a strict £50 limit", "on a 300 dollar budget", "budget around 250€". */
	private static final Pattern LIMIT_SAID = Pattern.compile("(?:(?<!\\b(?:is|it's|its|was|are|were|costs?|priced|sells?|selling|sold|be|kids|children|ages?|aged)\\s(?:just\\s|only\\s)?)"
			+ "\\b(?:under|below|less than|max(?:imum)?|maximal|höchstens|máximo|massimo|up to|no more than|not more than|at most)\\s+(?:of\\s+)?(?:about\\s+|around\\s+)?(?<a>" + LocalFactExtractor.MONEY + "|\\d{2,5}(?=\\s*(?:[,.!]|$))|\\d{1,4}\\s?k(?=\\s*(?:[,.!]|$)))"
			+ "|\\b(?:budget|limit)(?:,\\s*|\\s+(?:of\\s+|is\\s+)?)(?:about\\s+|around\\s+|roughly\\s+|approx(?:imately)?\\s+|~\\s*)?(?<b>" + LocalFactExtractor.MONEY + ")"
			+ "|\\bmy\\s+(?:absolute\\s+|total\\s+)?(?:max|maximum|limit|ceiling|top budget)(?:'s|\\s+is)\\s+(?:about\\s+|around\\s+)?(?<d>" + LocalFactExtractor.MONEY + "|\\d{2,5}(?=\\s*(?:[,.!]|$)))"
			+ "|(?<e>" + LocalFactExtractor.MONEY + ")\\s+(?:is|'s)\\s+my\\s+(?:absolute\\s+)?(?:max|maximum|limit|ceiling|budget)\\b"
			+ "|\\b(?:spend|pay)\\s+(?:around|about|roughly|up to|no more than|not more than|less than|under|max|at most)\\s+(?<f>" + LocalFactExtractor.MONEY + ")"
			+ "|\\b(?:an?|my|our)\\s+(?:strict\\s+|hard\\s+|tight\\s+|fixed\\s+|firm\\s+)?(?<c>" + LocalFactExtractor.MONEY + "|\\d[\\d,.]*\\s*(?:dollar|euro|pound|buck)s?)\\s+(?:limit|budget|max|cap)\\b)", FLAGS);

	private static void limitSaid(String text, Map<String, ExtractedFact> facts) {
		if (facts.keySet().stream().anyMatch(key -> key.startsWith("budget|") && !"budget|tight budget".equals(key)) || !WRITER_WORD.matcher(text).find()
				|| FOR_SOMEONE_ELSE.matcher(text).find()) {
			return;
		}
		for (String sentence : SENTENCE_END.split(text)) {
			String s = sentence.strip();
			if (compiled("^(?:the|his|her|their|he|she|they|it|this|that|these|those|our\\s+(?!budget|max|limit)\\p{L}+|my\\s+(?!budget|max|limit|total|monthly)\\p{L}+)\\b", FLAGS).matcher(LEADING.matcher(s).replaceFirst("")).find()
					|| HYPOTHETICAL.matcher(s).find() || REPORTED.matcher(s).find() || NOT_DURABLE_MONEY.matcher(s).find() && !s.contains("gift")) {
				continue;
			}
			Matcher m = LIMIT_SAID.matcher(s);
			if (!m.find()) {
				continue;
			}
			if (compiled("\\b(?:when|whenever|if|once|as soon as|before)\\s+(?:i'm|i am|im|i go|i get|i fall|i drop|i dip|my\\b)[^,.;]{0,30}$", FLAGS).matcher(s.substring(0, m.end())).find()) {
				continue; // "text me when I'm below £50": an alert's threshold, not what they can spend
			}
			String amount = java.util.stream.Stream.of("a", "b", "c", "d", "e", "f").map(m::group).filter(java.util.Objects::nonNull).findFirst().orElse("");
			if (m.group("e") != null) {
				amount = m.group("e");
			}
			String rest = s.substring(m.end());
			if (compiled("^\\s*(?:%|percent|kg|kilos?|km|miles?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|people|guests|seats|users|members|items|orders|gb|mb|tb|mph|cm|mm|calories|kcal|steps|followers)\\b", FLAGS).matcher(rest).find()) {
				continue;
			}
			List<ExtractedFact> found = new ArrayList<>();
			budget(amount + rest, found::add);
			if (!found.isEmpty()) {
				ExtractedFact fact = found.get(0);
				boolean tight = facts.remove("budget|tight budget") != null; // the amount says more than "tight"
				Matcher per = compiled("^\\s*(?:a|per|/|an|each)\\s*(?:month|week|year|night|person|day|head)\\b", FLAGS).matcher(rest);
				String said = (m.group(0).strip() + (per.find() ? " " + per.group().strip() : "")).replaceAll("\\s+", " ");
				facts.putIfAbsent(fact.key() + "|" + lower(fact.subject()), new ExtractedFact(fact.category(), fact.type(), fact.key(),
						fact.value() + " (" + (tight ? "tight budget: " : "") + said + ")",
						fact.subject(), fact.structuredValue(), 0.7, fact.exclusive(), fact.stance(), false));
				return;
			}
		}
	}

	/** Medicines people say they take: a health condition a bot must respect. */
	private static final String MEDICINES = "warfarin|insulin|metformin|blood thinners|blood pressure (?:pills|tablets|meds|medication|medicine)|statins|antidepressants|an inhaler|inhalers|"
			+ "levothyroxine|thyroid (?:pills|tablets|meds|medication)|beta blockers|lithium|methotrexate|chemo|immunosuppressants|anticoagulants|steroids|the pill|prednisone|ssris?|adhd meds|ritalin";
	private static final String BODY_PARTS = "knees?|back|hips?|shoulders?|ankles?|wrists?|neck|elbows?|hamstring|achilles|feet|foot|lower back|acl|meniscus";
	/** What people say a hobby with: "amateur astronomer here", "Big birdwatcher", "I'm a beginner guitarist". */
	private static final String HOBBYIST = "astronomer|stargazer|birdwatcher|birder|guitarist|bassist|pianist|drummer|violinist|cellist|ukulele player|photographer|gardener|baker|"
			+ "knitter|runner|cyclist|climber|swimmer|surfer|golfer|gamer|angler|hiker|painter|potter|woodworker|woodturner|beekeeper|sailor|diver|skier|chess player|collector|reader|cook|home cook|brewer|homebrewer";
	private static final Map<String, String> HOBBY_OF = Map.ofEntries(Map.entry("astronomer", "astronomy"), Map.entry("stargazer", "stargazing"),
			Map.entry("birdwatcher", "birdwatching"), Map.entry("birder", "birding"), Map.entry("guitarist", "guitar"), Map.entry("bassist", "bass"),
			Map.entry("pianist", "piano"), Map.entry("drummer", "drums"), Map.entry("violinist", "violin"), Map.entry("cellist", "cello"),
			Map.entry("photographer", "photography"), Map.entry("gardener", "gardening"), Map.entry("baker", "baking"), Map.entry("knitter", "knitting"),
			Map.entry("runner", "running"), Map.entry("cyclist", "cycling"), Map.entry("climber", "climbing"), Map.entry("swimmer", "swimming"),
			Map.entry("surfer", "surfing"), Map.entry("golfer", "golf"), Map.entry("gamer", "gaming"), Map.entry("angler", "fishing"), Map.entry("hiker", "hiking"),
			Map.entry("painter", "painting"), Map.entry("potter", "pottery"), Map.entry("woodworker", "woodworking"), Map.entry("woodturner", "woodturning"),
			Map.entry("beekeeper", "beekeeping"), Map.entry("sailor", "sailing"), Map.entry("diver", "diving"), Map.entry("skier", "skiing"),
			Map.entry("chess player", "chess"), Map.entry("reader", "reading"), Map.entry("cook", "cooking"), Map.entry("home cook", "cooking"),
			Map.entry("brewer", "brewing"), Map.entry("homebrewer", "homebrewing"), Map.entry("ukulele player", "ukulele"));
	private static final String HOBBY_QUALIFIER = "amateur|keen|avid|big|huge|massive|passionate|beginner|novice|self-taught|hobby|hobbyist|weekend|lifelong|left-handed|obsessive|enthusiastic|casual|wannabe";
	/** What is ordered "same as always": a standing order. */
	private static final Pattern STANDING_ORDER = Pattern.compile("(?:^|[,.!]\\s*|\\s)(?:same as (?:always|usual|ever|last time|before)|the usual|as usual|my usual)\\s*[:,\\-–—]\\s*(?<x>[^.!?(]+)"
			+ "|(?:^|[,.!]\\s*)usual\\s*[:\\-–—]+\\s*(?<y>[^.!?(]+)", FLAGS);
	private static final Pattern ALWAYS_THE = Pattern.compile("^(?:always|it's always|always the same:?)\\s+(?:the|a|an|my)\\s+(?<x>[^.!?(]+)", FLAGS);
	private static final Pattern LIKE_ALWAYS = Pattern.compile("^(?<x>[^.!?]{3,60}?)(?:\\s+(?:pls|please|plz))?,?\\s+(?:like|as)\\s+(?:always|usual|ever)\\s*[.!]*$", FLAGS);

	private static void standingOrder(String raw, double confidence, Consumer<ExtractedFact> out) {
		if (compiled("\\b(?:is|are|was|were|has|have|had|did|didn't|isn't|wasn't|won't|never|nobody|no one|again|still|problem|issue|late|wrong|broken|missing)\\b", FLAGS).matcher(raw).find()
				|| compiled("^\\s*(?:the|my|your|it|this|that|nobody|everything|nothing|same|you|u|he|she|they|please|pls|plz|hurry|thanks|thx)\\b", FLAGS).matcher(raw).find()) {
			return; // "same as always, the parcel is late" complains, it orders nothing
		}
		for (String part : raw.split("(?i)\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+\\+\\s+")) {
			String item = part.strip().replaceAll("(?i)\\s+(?:thx|thanks|ty|pls|please|plz|cheers)$", "").replaceAll("[.!]+$", "").strip();
			if (item.isEmpty() || words(item) > 6 || item.matches("(?i)^(?:thx|thanks|ty|pls|please|cheers|same|as always|like always)$")) {
				continue;
			}
			String lowerItem = lower(item);
			if (lowerItem.matches("(?:strict\\s+)?(?:" + DIETS + ")")) {
				diet(lowerItem, confidence, out);
				continue;
			}
			if (lowerItem.matches("(?:lactose|gluten|dairy|nut|sugar)[- ]free\\b.*")) {
				String what = lowerItem.replaceFirst("\\s+(?:milk|options?|version|one)$", "");
				out.accept(fact(CONSTRAINTS, "dietary_restriction", "needs_" + slug(what), "Needs " + item, what, Map.of("needs", what), confidence, false));
				continue;
			}
			if (lowerItem.matches("^(?:leave|drop|put|ring|knock|deliver|send|bring)\\b.*")) {
				out.accept(fact(PREFERENCES, "standing_order", "usual_" + slug(item), "Usually asks to " + lowerItem.replaceAll("\\bmy\\b", "their"), item,
						Map.of("usual", item), confidence, false, 1));
				continue;
			}
			for (String piece : item.split("(?i)\\s+with\\s+")) {
				String p = piece.strip().replaceFirst("(?i)^(?:a|an|the|my)\\s+", "");
				if (p.isEmpty() || isJunk(p) && !lower(p).startsWith("no ")) {
					continue;
				}
				boolean without = lower(p).matches("^(?:no|without|hold the)\\s+.*");
				out.accept(fact(PREFERENCES, "standing_order", "usual_" + slug(p), (without ? "Usually orders it with " : "Usually orders ") + lower(p), p,
						Map.of(without ? "without" : "usual", p), confidence, false, without ? -1 : 1));
			}
		}
	}

	private void roundFiveLikes() {
		// Standing orders: "same as always: large pepperoni with extra jalapeños", "the usual: oat flat white"
		rules.add((clause, original, out) -> {
			Matcher m = STANDING_ORDER.matcher(original);
			if (m.find() && aboutWriterOrFragment(original)) {
				standingOrder(m.group("x") != null ? m.group("x") : m.group("y"), 0.7, out); // "..., usual — oat flat white, extra hot"
			}
		});
		// "Always the Thai green curry, extra spicy, no coriander": an order that opens its sentence with "always"
		rules.add((clause, original, out) -> {
			Matcher m = ALWAYS_THE.matcher(LEADING.matcher(original.strip()).replaceFirst(""));
			if (m.find() && opensSentence(clause, original)) {
				standingOrder(m.group("x"), 0.7, out);
			}
		});
		// "lactose free milk in my latte pls, like always"
		rules.add((clause, original, out) -> {
			Matcher m = LIKE_ALWAYS.matcher(LEADING.matcher(original.strip()).replaceFirst(""));
			if (m.find() && opensSentence(clause, original) && !OTHER_SUBJECT.matcher(m.group("x")).find()
					&& !m.group("x").matches("(?i)^(?:i|i'm|we)\\b.*")) {
				standingOrder(m.group("x").replaceFirst("(?i)\\s+(?:in|on|for)\\s+my\\s+.*$", ""), 0.65, out);
			}
		});
		// "My favourite is the hazelnut one", "my favourite's the blue one"
		rule("^my\\s+(?:absolute\\s+|all-time\\s+)?favou?rite(?:'s|\\s+is|\\s+has always been)\\s+(?:the\\s+)?(?<x>[\\p{L}0-9' -]{2,30}?)(?:\\s+(?:one|flavou?r|version))?(?=\\s*[,.!]|$)", (m, out) -> {
			String object = m.group("x").strip();
			if (!isJunk(object) && !object.matches("(?i)^(?:this|that|it|you|yours)\\b.*")) {
				out.accept(fact(PREFERENCES, "favourite", "favourite_" + slug(object), "Favourite is the " + object, object, Map.of("favourite", object), 0.75, false, 1));
			}
		});
		// "I basically only wear navy and grey", "I only ever buy black phones", "I pretty much only drink oat milk"
		rule("^(?:i|we)\\s+(?:(?<adv>basically|pretty much|mostly|literally|really|just|honestly)\\s+only(?:\\s+ever)?|only\\s+ever)\\s+(?<v>wear|buy|drink|eat|fly|shop|use|read|watch|order|get|listen to|play|stay at|book)\\s+(?<x>.+)", (m, out) -> {
			String object = phrase(m.group("x"));
			if (object == null || isJunk(object) || words(object) > 5 || object.matches("(?i).*\\b(?:you|your|it|this|that|them)\\b.*")) {
				return;
			}
			String verb = lower(m.group("v"));
			out.accept(fact(PREFERENCES, "preference", "only_" + slug(verb + " " + object), "Only " + thirdPerson(verb.split(" ")[0], (verb.contains(" ") ? verb.substring(verb.indexOf(' ') + 1) + " " : "") + object),
					object, Map.of("only", object), 0.7, false, 1));
		});
		// "..., only drink single origin, pour over", "..., vinyl only": an "only" that goes on about the writer after a comma
		rules.add((clause, original, out) -> {
			if (!opensSentence(clause, original) || !original.matches("(?i)^(?:[\\p{L}]+\\s*,\\s*)?(?:i|i'm|im|i've)\\b.*") || !aboutWriter(original)) {
				return;
			}
			String[] parts = original.split("\\s*[,;]\\s*");
			for (int i = 1; i < parts.length; i++) {
				Matcher m = compiled("^(?:only\\s+(?:ever\\s+)?(?<v>wear|buy|drink|eat|use|fly|shop|listen to|read)\\s+(?<x>.{2,40})|(?<y>[\\p{L}0-9][\\p{L}0-9 -]{1,25}?)\\s+only)$", FLAGS)
					.matcher(parts[i].replaceAll("[.!]+$", "").strip());
				if (!m.find() || OTHER_SUBJECT.matcher(parts[i]).find()) {
					continue;
				}
				String object = m.group("x") != null ? phrase(m.group("x")) : m.group("y").strip();
				if (object == null || isJunk(object) || object.matches("(?i)(?:.*\\s)?(?:" + CHANNEL + "|cash|card|adults?|members?|weekends?|weekdays?|online|today|now|once|one|me|english)")
						|| words(object) > 4) {
					continue;
				}
				String verb = m.group("v") == null ? null : lower(m.group("v"));
				String said = verb != null ? "Only " + thirdPerson(verb.split(" ")[0], (verb.contains(" ") ? "to " : "") + object) : "Only " + lower(object);
				out.accept(fact(PREFERENCES, "preference", "only_" + slug(object), said, object, Map.of("only", object), 0.65, false, 1));
			}
		});
		// "I refuse to use Google services", "I won't buy anything with palm oil"
		rule("^i\\s+(?:flat out\\s+|just\\s+)?(?:refuse to|won't ever|will never)\\s+(?<v>use|buy|wear|eat|drink|fly|shop|install|support)\\s+(?<x>.+)", (m, out) -> {
			String object = phrase(m.group("x"));
			if (object != null && !isJunk(object) && words(object) <= 4 && !object.matches("(?i).*\\b(?:you|your|it|this|that|them|again)\\b.*")) {
				out.accept(fact(PREFERENCES, "dislike", "refuses_" + slug(object), "Refuses to " + lower(m.group("v")) + " " + object, object,
						Map.of("dislikes", object), 0.7, false, -1));
			}
		});
		// "Ideally Sony, always had good luck with them", "ideally something foldable"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^ideally\\s+(?:an?\\s+|the\\s+|something\\s+)?(?<x>\\p{Lu}[\\p{L}0-9&-]+(?:\\s+\\p{Lu}[\\p{L}0-9&-]+)?)(?:$|\\s*,)", 0).matcher(LEADING.matcher(clause.replaceAll("[.!]+$", "").strip()).replaceFirst("").replaceFirst("^(?i:ideally)\\b", "ideally"));
			if (m.find() && m.group("x").matches("\\p{Lu}.*") && aboutWriter(original) && !isJunk(m.group("x"))) {
				String object = m.group("x");
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(object), "Prefers " + object, object, Map.of("prefers", object), 0.6, false, 1));
			}
		});

		// Health said in passing: "i get really bad motion sickness", "I get motion sick really easily"
		durable("^i\\s+(?:always\\s+|often\\s+|usually\\s+|also\\s+)?(?:get|suffer from|suffer with|have|'ve got|have got|'ve always had|get really)\\s+(?:really\\s+|very\\s+|quite\\s+|pretty\\s+|super\\s+|so\\s+)?(?:bad\\s+|terrible\\s+|awful\\s+|severe\\s+|horrible\\s+|chronic\\s+|crippling\\s+)?"
				+ "(?<x>motion sickness|motion sick|travel ?sick(?:ness)?|car ?sick(?:ness)?|sea ?sick(?:ness)?|air ?sick(?:ness)?|vertigo|migraines|panic attacks|claustrophobic|claustrophobia)\\b", (m, out) -> {
			String what = lower(m.group("x")).replace("motion sick", "motion sickness").replace("sicknessness", "sickness").replaceAll("^(travel|car|sea|air) ?sick$", "$1 sickness");
			out.accept(fact(CONSTRAINTS, "health", "health_" + slug(what), "Gets " + what + (lower(m.group("x")).equals("motion sick") ? " (gets motion sick)" : ""), what,
					Map.of("condition", what), 0.8, false));
		});
		// "my knee is done", "my eyesight isn't great anymore", "my hearing's been getting worse", "my back is shot"
		durable("^my\\s+(?<x>" + BODY_PARTS + "|eyesight|vision|hearing|memory|balance)(?:'s|'re|\\s+is|\\s+are|\\s+has|\\s+have)?\\s+(?:been\\s+)?(?:really\\s+|pretty\\s+|totally\\s+|completely\\s+|very\\s+|quite\\s+|a bit\\s+|not\\s+)?"
				+ "(?<y>done|shot|bad|wrecked|knackered|ruined|dodgy|weak|poor|failing|terrible|awful|gone|going|(?:getting|got)\\s+worse|playing up|killing me|not (?:great|good|what it was|what it used to be)|isn't (?:great|good|what it was)|aren't (?:great|good)|injured|damaged|fused|arthritic)\\b", (m, out) -> {
			String part = lower(m.group("x"));
			if (m.group(0).matches("(?i).*\\bnot\\s+(?:done|shot|bad|wrecked|weak|poor|failing|terrible|awful|gone|going|injured|damaged).*")) {
				return;
			}
			boolean sense = part.matches("eyesight|vision|hearing|memory|balance");
			String value = sense ? "Has poor " + part : "Has a bad " + part;
			out.accept(fact(CONSTRAINTS, sense ? "accessibility" : "health", (sense ? "accessibility_" : "health_") + slug(part), value, part,
					Map.of("condition", (sense ? "poor " : "bad ") + part), 0.75, false));
		});
		// "I've got a shoulder injury", "I have a knee problem", "I've got a torn ACL"
		durable("^i(?:'ve| have)?\\s+(?:got\\s+|had\\s+)?(?:an?\\s+)?(?:bad\\s+|old\\s+|recent\\s+|nasty\\s+|chronic\\s+|ongoing\\s+|dodgy\\s+)?(?<x>(?:" + BODY_PARTS + ")\\s+(?:injury|problems?|issues?|pain|condition)|torn\\s+(?:acl|meniscus|ligament|hamstring|rotator cuff)|slipped disc|herniated disc|"
				+ "dodgy (?:knee|knees|hip|ankle|shoulder)|bad (?:knees|knee|hip|hips|ankle|shoulder))\\b", (m, out) -> {
			String what = lower(m.group("x"));
			if (!m.group(0).matches("(?i)^i(?:'ve| have)\\s+.*") && !m.group(0).matches("(?i)^i\\s+got\\s.*")) {
				return;
			}
			out.accept(fact(CONSTRAINTS, "health", "health_" + slug(what), "Has a " + what, what, Map.of("condition", what), 0.75, false));
		});
		// "I'm having knee surgery on the 3rd", "I just had hip surgery"
		rule("^i(?:'m| am)\\s+(?:having|getting|booked in for)\\s+(?:a\\s+|my\\s+)?(?<x>(?:knee|hip|back|shoulder|eye|cataract|heart|foot|ankle|wrist|spinal|acl)\\s+(?:surgery|operation|replacement|op))\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "health", "health_" + slug(what), "Is having " + what, what, Map.of("condition", what), 0.7, false));
		});
		// "I take warfarin", "I'm on blood thinners", "i take blood pressure pills twice a day"
		rule("^i\\s+(?:also\\s+|still\\s+|have to\\s+|need to\\s+)?(?:take|'m on|am on|'m taking|am taking|inject|use|rely on)\\s+(?:my\\s+|daily\\s+)?(?<x>" + MEDICINES + ")\\b", (m, out) -> {
			String what = lower(m.group("x")).replaceFirst("^an\\s+", "");
			out.accept(fact(CONSTRAINTS, "health", "medication_" + slug(what), "Takes " + what, what, Map.of("medication", what), 0.8, false));
		});
		// "..., as I use a wheelchair", "... because I rely on a screen reader": an aid given as the reason for a request
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:,\\s*|\\s)(?:as|because|since|cos|cause|given that)\\s+i\\s+(?:use|rely on|need|have|depend on)\\s+(?:a|an|my)\\s+(?<x>wheelchair|mobility scooter|walking stick|walking frame|walker|cane|white cane|guide dog|hearing aids?|screen ?reader|cochlear implant|prosthetic(?: leg| arm)?)\\b", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original)) {
				String aid = lower(m.group("x")).replace("screenreader", "screen reader");
				out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + slug(aid), "Uses " + article(aid) + " " + aid, aid, Map.of("aid", aid), 0.85, false));
			}
		});
		// "I've got type 1 diabetes", "I have type 2 diabetes"
		rule("^i(?:'ve| have)?\\s+got\\s+(?<x>type\\s*[12]\\s+diabetes)\\b", (m, out) -> {
			String what = lower(m.group("x")).replaceAll("\\s+", " ");
			if (!m.group(0).matches("(?i)^i(?:'ve| have)\\b.*")) {
				return;
			}
			out.accept(fact(CONSTRAINTS, "health", "health_diabetes", "Has " + what, what, Map.of("condition", what), 0.85, false));
		});
		// "severe peanut allergy here", "lactose intolerant + nut allergy": an allergy as a fragment about the writer
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|\\+\\s*|&\\s*)(?:an?\\s+)?(?:severe\\s+|mild\\s+|bad\\s+|serious\\s+|life-threatening\\s+)?(?<x>peanut|tree nut|nut|shellfish|fish|egg|dairy|milk|soy|sesame|gluten|wheat|latex|penicillin|bee|wasp|cat|dog|pollen|mustard|celery|kiwi|sulphite|sulfite)\\s+allerg(?:y|ies)\\b(?!\\s+(?:friendly|free|safe|menu|info))", FLAGS).matcher(clause);
			if (m.find() && (opensSentence(clause, original) || m.group(0).strip().startsWith("+") || m.group(0).strip().startsWith("&")) && aboutWriter(original)
					&& !FOR_SOMEONE_ELSE.matcher(original).find()) {
				String item = lower(m.group("x"));
				out.accept(fact(CONSTRAINTS, "allergy", "allergy_" + slug(item), "Has a " + item + " allergy (is allergic to " + item + (item.endsWith("nut") ? "s" : "") + ")", item,
						Map.of("allergen", item), 0.85, false));
			}
		});
		// "pregnant (week 22) so I can't do hot yoga": a state as a fragment that opens the sentence
		fragment("^(?:currently\\s+|newly\\s+)?(?<x>pregnant|breastfeeding|nursing a newborn)\\b", (m, out) -> {
			if (aboutWriter(m.group(0))) {
				String what = lower(m.group("x"));
				out.accept(fact(CONSTRAINTS, "health", "health_" + slug(what), "Is " + what, what, Map.of("condition", what), 0.75, false));
			}
		});
		// "I'm on a gluten-free and low-FODMAP diet for IBS": several diets, or a diet with its reason
		rule("^(?:i'm|i am|im|we're|we are)\\s+(?:currently\\s+|now\\s+|strictly\\s+)?on\\s+(?:a|an)\\s+(?:strict\\s+)?(?<x>[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?(?:\\s*(?:,|and|&|\\+)\\s*[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?)*)\\s+diet(?:\\s+(?:for|because of|due to)\\s+(?:my\\s+)?(?<r>[\\p{L}' ]{2,25}?))?(?=\\s*[,.!;]|$|\\s+(?:so|and|but)\\b)", (m, out) -> {
			List<String> kinds = items(m.group("x"));
			if (kinds.size() < 2 && m.group("r") == null) {
				return; // one diet alone is read by the diet rules
			}
			for (String kind : kinds) {
				String k = lower(kind);
				if (!isJunk(k) && words(k) <= 2 && !k.matches("(?:new|special|strict|proper|healthy|balanced|good|bad)")) {
					out.accept(fact(CONSTRAINTS, "diet", "diet_" + slug(k), "Is on a " + k + " diet", k, Map.of("diet", k), 0.8, false));
				}
			}
			if (m.group("r") != null) {
				String reason = m.group("r").strip();
				if (reason.matches("(?i)ibs|crohn's|colitis|diabetes|gout|reflux|gerd|pcos|kidneys?|heart|cholesterol|blood pressure|coeliac|celiac|epilepsy|migraines|acne|eczema")) {
					out.accept(fact(CONSTRAINTS, "health", "health_" + slug(reason), "Has " + reason, reason, Map.of("condition", reason), 0.75, false));
				}
			}
		});
		// "I have wide feet", "I've got flat feet"
		rule("^i(?:'ve| have)?\\s+(?:got\\s+)?(?:really\\s+|very\\s+|quite\\s+|super\\s+)?(?<x>wide|narrow|flat|small|big|large)\\s+feet\\b", (m, out) -> {
			String kind = lower(m.group("x"));
			if (!m.group(0).matches("(?i)^i(?:'ve| have)\\b.*")) {
				return;
			}
			boolean condition = "flat".equals(kind);
			out.accept(fact(condition ? CONSTRAINTS : PREFERENCES, condition ? "health" : "fit", (condition ? "health_" : "fit_") + kind + "_feet",
					"Has " + kind + " feet", kind + " feet", Map.of("fit", kind + " feet"), 0.75, false));
		});

		// Hobbies: "me and my bf are big into board games"
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:both\\s+)?(?:big|huge|massive|really big|super|very)\\s+into\\s+(?<x>.+)", (m, out) -> interestsIn(m.group("x"), out));
		// "just took up woodturning", "I've recently taken up pottery", "I got into bouldering last year"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*|\\band\\s+)(?:i\\s+|i've\\s+|i have\\s+)?(?:just\\s+|recently\\s+|finally\\s+|also\\s+)?(?:took|taken|have taken)\\s+up\\s+(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)(?=\\s*[,.!;]|$|\\s+(?:and|so|but|last|this|a few|recently|again|in|at|during|after|since|lol)\\b)", FLAGS).matcher(clause);
			if (!m.find() || !writersClause(clause, original) && !m.group(0).matches("(?i)^,?\\s*(?:just|recently|finally)\\b.*") || !aboutWriter(original)) {
				return;
			}
			String object = m.group("x");
			if (isJunk(object) || object.matches("(?i)^(?:the|a|an|my|your|his|her|their|our|it|this|that|space|room|residence|the offer|offer|position|post|role|job|arms|smoking|drinking)\\b.*")) {
				return;
			}
			String subject = topic(object);
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(subject), "Took up " + lower(object), subject, Map.of("topic", subject, "activity", subject), 0.7, false, 1));
		});
		// "I started climbing last year", "I've just got into sourdough baking": a pastime taken up
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*|\\band\\s+)(?:i\\s+|i've\\s+|i have\\s+)?(?:just\\s+|recently\\s+|finally\\s+|properly\\s+|only\\s+)?(?:started|began|got(?:ten)?\\s+(?:really\\s+)?into|been getting into)\\s+(?<x>(?:" + BEEN_DOING_ELSEWHERE
					+ "|bouldering|crocheting|journaling|pottery|yoga|pilates|padel|tennis|squash|golf|chess|birdwatching|birding|woodworking|woodturning|sourdough(?:\\s+baking)?|baking|photography|gaming|quilting|embroidery|calligraphy|archery|fencing|rock climbing|trail running|open water swimming|wild swimming|powerlifting|weightlifting|crossfit|triathlons?|marathons?|martial arts|jiu[- ]jitsu|bjj|karate|judo|kickboxing|muay thai)\\b)(?=\\s*[,.!;]|$|\\s+(?:last|this|a few|a couple|recently|again|during|in|at|and|so|but|lol|since|after|over|with|myself)\\b)", FLAGS).matcher(clause);
			if (!m.find() || !writersClause(clause, original) && !m.group(0).matches("(?i)^,?\\s*(?:and\\s+)?(?:just|recently|finally)\\b.*") || !aboutWriter(original) || DOUBT.matcher(original).find()
					|| compiled("\\b(?:gave (?:it )?up|give up|quit|stopped|didn't stick|don't any ?more|no longer|used to|for a (?:bit|while) but)\\b", FLAGS).matcher(original).find()) {
				return; // "I started running but gave up" took nothing up
			}
			String x = lower(m.group("x"));
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(x), "Has taken up " + x, x, Map.of("topic", x, "activity", x), 0.7, false, 1));
		});
		// "I keep bees in the back garden", "we keep chickens"
		rule("^(?:i|we)\\s+(?:also\\s+)?keep\\s+(?<x>bees|chickens|hens|ducks|goats|koi|pigeons|reptiles|snakes|tropical fish|an aquarium|a reef tank)\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(INTERESTS, "activity", "interest_keeping_" + slug(what), "Keeps " + what, what, Map.of("topic", what, "activity", "keeps " + what), 0.75, false, 1));
		});
		// "I run a YouTube channel about woodworking", "I run a running club", "I host a podcast on true crime"
		rule("^(?:i|we)\\s+(?:also\\s+)?(?:run|host|have|started|co-host|organi[sz]e)\\s+(?:a|an|my own)\\s+(?:small\\s+|little\\s+|local\\s+|weekly\\s+|monthly\\s+)?(?:(?<k>youtube channel|channel|podcast|blog|newsletter|instagram|tiktok|substack|subreddit|discord|forum|meetup)\\s+(?:about|on|for|all about)\\s+(?<x>[\\p{L} -]{2,30}?)|(?<c>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:club|group|meetup|society)))(?=\\s*[,.!;(]|$|\\s+(?:with|and|so|for|in|on|that|which)\\b)", (m, out) -> {
			String object = m.group("x") != null ? m.group("x").strip() : m.group("c").strip();
			if (isJunk(object) || object.matches("(?i)^(?:our|my|your|the|this|that|work|company|business|support|parent|parents|customer)\\b.*")) {
				return;
			}
			String subject = topic(object);
			out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), m.group("x") != null ? "Runs a " + lower(m.group("k")) + " about " + object : "Runs a " + object,
					subject, Map.of("topic", subject, "strength", "strong"), 0.7, false, 1));
		});
		// "i volunteer at a dog shelter on weekends", "I volunteer with a food bank"
		rule("^(?:i|we)\\s+(?:also\\s+|still\\s+|regularly\\s+)?volunteer\\s+(?:at|with|for|in)\\s+(?:a|an|the|our|my)\\s+(?:local\\s+)?(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)(?=\\s*[,.!;]|$|\\s+(?:on|at|every|most|in|so|and|twice|once|\\d)\\b)", (m, out) -> {
			String object = m.group("x");
			if (isJunk(object)) {
				return;
			}
			out.accept(fact(INTERESTS, "activity", "interest_volunteering_" + slug(object), "Volunteers at " + article(object) + " " + lower(object), lower(object),
					Map.of("topic", lower(object), "activity", "volunteering"), 0.7, false, 1));
		});
		// "amateur astronomer here", "Big birdwatcher.", "I'm a beginner guitarist", "a keen home cook"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?<i>i'm|i am|im)\\s+(?:also\\s+|just\\s+|more of\\s+)?an?\\s+|an?\\s+)?(?:bit of an?\\s+)?(?<q>(?:(?:" + HOBBY_QUALIFIER + ")[\\s-]+){1,2})(?<x>" + HOBBYIST + ")(?:\\s+here|\\s+myself)?(?=\\s*[,.!;(]|$|\\s+(?:and|so|but|here|tbh|lol|since|who)\\b)", FLAGS).matcher(clause);
			if (!m.find() || m.group("i") == null && !opensSentence(clause, original) && !clause.matches("(?i)^.*\\s+here\\b.*") || !aboutWriter(original)) {
				return;
			}
			String who = lower(m.group("x"));
			String hobby = HOBBY_OF.getOrDefault(who, who);
			// said as the hobby-noun rules say it ("Is a hiker"), so the two readings of "avid hiker here" are one fact
			out.accept(fact(INTERESTS, "hobby", "interest_" + slug(hobby), "Is " + article(who) + " " + who, hobby,
					Map.of("topic", hobby, "strength", "strong"), 0.7, false, 1));
		});
		// "i'm a bit of a coffee snob": an enthusiast
		rule("^" + I_AM + "\\s+(?:a bit of\\s+|kind of\\s+|such\\s+|a total\\s+|a huge\\s+|a real\\s+|an?\\s+)(?:an?\\s+)?(?:total\\s+|huge\\s+|real\\s+|massive\\s+)?(?<x>coffee|tea|wine|beer|whisky|whiskey|cheese|chocolate|audio|gear|food|sneaker|watch|fountain pen|pen|book|film|movie|music|vinyl|gin|bread|pizza|ramen)\\s+(?:snob|nerd|geek|buff|addict|fiend|head|lover|obsessive|connoisseur)\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(what), "Is a " + what + " enthusiast", what, Map.of("topic", what, "strength", "strong"), 0.7, false, 1));
		});

		// Scheduling tastes: "dont book me anything before 10", "pls don't schedule my deliveries before 10am", "always book me the latest slot"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*|\\bso\\s+)(?:pls\\s+|please\\s+|plz\\s+)?(?:don't|do not|never)\\s+(?:ever\\s+)?(?:book|schedule|arrange|plan|put)\\s+(?:me\\s+|my\\s+\\p{L}+\\s+|us\\s+)?(?:in\\s+)?(?:anything\\s+|any\\s+\\p{L}+\\s+)?(?<w>before|after|earlier than|later than)\\s+(?<t>\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?|noon|midday|lunch(?:time)?)(?=\\s*[,.!]|$|\\s+(?:pls|please|thanks|thx|ever|on|in)\\b)", FLAGS).matcher(clause);
			if (!m.find() || ONE_OFF.matcher(original).find() || compiled("\\b(?:tomorrow|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|next week)\\b", FLAGS).matcher(original).find() || !aboutWriter(original)) {
				return;
			}
			String when = lower(m.group("w")) + " " + lower(m.group("t")).replaceAll("\\s+", "");
			out.accept(fact(PREFERENCES, "preference", "no_bookings_" + slug(when), "Wants nothing booked " + when, when, Map.of("not", when), 0.7, false, -1));
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*|\\bso\\s+)(?:pls\\s+|please\\s+)?always\\s+(?:book|give|put|seat|schedule)\\s+(?:me|us)\\s+(?:in\\s+|on\\s+|at\\s+)?(?:the|an?)\\s+(?<x>[\\p{L} -]{2,30}?)(?:\\s+(?:you have|you've got|available|possible|going|there is))?(?:\\s+(?:please|pls|plz|thanks|thx))?\\s*[.!]*$", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original) && !isJunk(m.group("x"))) {
				String object = lower(m.group("x"));
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(object), "Prefers the " + object, object, Map.of("prefers", object), 0.7, false, 1));
			}
		});
		// "i need a seat at the front of the bus, always": a need said with "always" after it is a standing taste
		rule("^i\\s+(?:need|want|like|get|book|take|order|ask for)\\s+(?<x>[^,]{3,50}?),?\\s+always\\s*[.!]*$", (m, out) -> {
			String object = phrase(m.group("x"));
			if (object != null && !isJunk(object) && !object.matches("(?i).*\\b(?:you|your|it|them|this|that|help|refund|answers?)\\b.*")) {
				out.accept(fact(PREFERENCES, "preference", "always_" + slug(object), "Always wants " + object.replaceAll("(?i)\\bmy\\b", "their"), object,
						Map.of("always", object), 0.7, false, 1));
			}
		});
		// "I'd love more options in linen", "I'd love more vegan options"
		rule("^(?:i'd|i would|id)\\s+(?:really\\s+)?(?:love|like)\\s+(?:to see\\s+)?(?:more|some more)\\s+(?:(?<y>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:options|choices|styles|stuff|recipes|dishes|flavou?rs|colou?rs|sizes|designs)|(?:options|choice|choices|styles|stuff|things)\\s+in\\s+(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?))(?=\\s*[,.!]|$|\\s+(?:please|pls|in the|on the|for)\\b)", (m, out) -> {
			String object = lower(m.group("x") != null ? m.group("x") : m.group("y"));
			if (!isJunk(object) && !object.matches("(?:more|other|different|new|cheaper|better|payment|delivery|shipping)\\b.*")) {
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(object), "Wants more " + object + " options", object, Map.of("prefers", object), 0.65, false, 1));
			}
		});
		// "used is totally fine", "refurbished is fine by me": what a shopper accepts
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*)(?<x>used|second-hand|secondhand|second hand|refurbished|ex-display|pre-owned|preloved|pre-loved)\\s+(?:is|are|would be)\\s+(?:totally\\s+|perfectly\\s+|absolutely\\s+|completely\\s+|also\\s+)?(?:fine|ok|okay|good|great)(?:\\s+(?:by|with|for)\\s+me)?\\s*[.!]*$", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original) && WRITER_WORD.matcher(original).find()) {
				String kind = lower(m.group("x"));
				out.accept(fact(PREFERENCES, "preference", "accepts_" + slug(kind), "Is fine with " + kind, kind, Map.of("accepts", kind), 0.65, false, 1));
			}
		});
		// "Love the new dark mode!!": a feature the writer likes; "Love your episodes on stoicism!": a topic they follow
		fragment("^(?:i\\s+)?(?:really\\s+|absolutely\\s+|just\\s+)?(?:love|loving|adore)\\s+the\\s+new\\s+(?<x>(?:[\\p{L}-]+\\s+)?(?:mode|widget|filter|search|dashboard|interface|ui|shortcuts?|reminders?|tab|view|theme|font|editor|player|timer|tracker|checkout|wishlist|feature))(?:\\s+(?:feature|option|setting))?\\s*[.!]*$", (m, out) -> {
			String object = lower(m.group("x"));
			if (!isJunk(object) && !object.matches("(?:update|updates|version|app|site|website|release|changes|look|design|layout|logo|one|ones|stuff|guy|girl|staff|manager|hours|menu|price|prices)")) {
				out.accept(fact(PREFERENCES, "preference", "likes_" + slug(object), "Likes the new " + object, object, Map.of("likes", object), 0.65, false, 1));
			}
		});
		fragment("^(?:i\\s+)?(?:really\\s+|absolutely\\s+|just\\s+)?(?:love|loving|adore|enjoy|enjoying)\\s+your\\s+(?:episodes?|videos?|posts?|articles?|newsletters?|podcasts?|content|series|shows?|recipes?|threads?|reels?|blogs?)\\s+(?:on|about)\\s+(?<x>[\\p{L}0-9' -]{2,30}?)\\s*[.!]*$", (m, out) -> {
			String object = m.group("x").strip();
			if (!isJunk(object)) {
				String subject = lower(topic(object));
				out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), "Follows content about " + subject, subject, Map.of("topic", subject, "strength", "moderate"), 0.65, false, 1));
			}
		});
		// "so I'd want diesel", "I'd go for the automatic": a choice the writer would make, in one or two words
		rule("^(?:so\\s+)?i(?:'d| would)\\s+(?:want|prefer|go for|need)\\s+(?:an?\\s+|the\\s+)?(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s*[.!]*$", (m, out) -> {
			String object = lower(m.group("x"));
			if (!isJunk(object) && !object.matches("(?:.*\\s)?(?:it|that|this|them|one|more|less|help|to|some|any|both|either|neither|a refund|refund|you|u|him|her|details|info|information|confirmation|answer|answers|please|pls|thanks)")
					&& !requestLike(object)) {
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(object), "Prefers " + object, object, Map.of("prefers", object), 0.6, false, 1));
			}
		});
		// "weather-sealing is a must", "a quiet motor is non-negotiable for me"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*|\\bso\\s+)(?:an?\\s+|the\\s+)?(?<x>(?!(?:so|and|but|it|this|that|which|what|there|one|he|she|they|you|everything|anything|money|time)\\b)[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+){0,2})\\s+(?:is|are)\\s+(?:an?\\s+)?(?:absolute\\s+|total\\s+)?(?:must|must-have|non-negotiable|essential|dealbreaker|deal-breaker)\\b(?:\\s+for\\s+(?:me|us|the\\s+\\p{L}+))?\\s*[.!]*$", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original) && WRITER_WORD.matcher(original).find() && !isJunk(m.group("x"))) {
				String object = lower(m.group("x"));
				if (ACCESS_NEED.matcher(object).find()) {
					// "I use a wheelchair so step free access is a must": an access need is a constraint, as README files
					// accessibility; said as what the wheelchair they name needs, the wheelchair is the one fact a reader records
					if (compiled("\\b(?:i|i'm|im|i am)\\s+(?:use|uses|in|rely on|need)\\s+(?:a\\s+)?(?:wheelchair|mobility scooter)\\b", FLAGS).matcher(original).find()) {
						return;
					}
					out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + slug(object), "Needs " + object, object, Map.of("needs", object), 0.75, false));
					return;
				}
				out.accept(fact(PREFERENCES, "preference", "needs_" + slug(object), "Needs " + object + " (a must)", object, Map.of("needs", object), 0.7, false, 1));
			}
		});
		// "I'm a Spurs season ticket holder", "Celtic season ticket holder here"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?<i>(?i:i'm|i am|im))\\s+(?:also\\s+)?(?i:an?)\\s+|(?i:an?)\\s+)?(?<x>\\p{Lu}[\\p{L}.&'-]+(?:\\s+\\p{Lu}[\\p{L}.&'-]+)?)\\s+(?:season[- ]ticket\\s+holder|season[- ]ticket\\s+member)(?:\\s+here)?\\b", 0).matcher(
					clause.replaceFirst("^(?i:i'm|i am|im)\\s+(?:also\\s+)?(?i:an?)\\s+", "I'm a "));
			if (!m.find() || m.group("i") == null && !opensSentence(clause, original) || !aboutWriter(original)) {
				return;
			}
			String team = m.group("x");
			out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(team), "Supports " + team + " (season ticket holder)", team,
					Map.of("topic", team, "strength", "strong"), 0.75, false, 1));
		});
		// "broke af", "I'm totally broke": a budget said in one word
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*)(?:i'm\\s+|im\\s+|i am\\s+)?(?:so\\s+|totally\\s+|completely\\s+|flat\\s+|pretty\\s+|a bit\\s+|kinda\\s+|permanently\\s+|always\\s+)?broke\\b(?:\\s+af|\\s+as hell|\\s+tbh|\\s+lol)?\\s*(?=$|[,.!]|\\s+(?:so|and|but|since|because|these days|atm|rn)\\b)", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original) && !ONE_OFF.matcher(original).find() && !compiled("\\b(?:until|till|til)\\s+(?:payday|friday|the \\d|next)\\b", FLAGS).matcher(original).find()) {
				out.accept(fact(CONSTRAINTS, "budget", "budget", "Is on a tight budget (broke)", "broke", Map.of("budget", "tight"), 0.7, true));
			}
		});
		// "I can run 4 days a week max", "meals that can be cooked in 20 minutes max": a limit of time the writer has
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?<x>\\d+\\s*(?:days?|times|hours?|hrs?|evenings?|nights?|sessions?|minutes?|mins?)(?:\\s+(?:a|per)\\s+(?:week|month|day))?)\\s+(?:max|maximum|tops|at most|at the most)\\b", FLAGS).matcher(clause);
			if (!m.find() || !m.group("x").matches("(?i).*\\s(?:a|per)\\s+(?:week|month|day)$")
					&& !(m.group("x").matches("(?i).*(?:minutes?|mins?|hours?|hrs?)$") && compiled("\\b(?:meals?|recipes?|dinners?|lunches|workouts?|sessions?|classes|cook(?:ed|ing)?|train(?:ing)?|prep)\\b", FLAGS).matcher(clause).find())
					|| !aboutWriter(original) || !compiled("\\bi\\s+(?:can|can only|need|have|only have|'ve got|want)\\b|\\bi've\\s+got\\b", FLAGS).matcher(clause.substring(0, m.start())).find()
					|| ONE_OFF.matcher(original).find()) {
				return;
			}
			String limit = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "time", "time_limit_" + slug(limit), "Has " + limit + " at most", limit, Map.of("time_limit", limit), 0.65, false));
		});
		// "We use Figma all day", "I use Notion every day": a tool the writer lives in
		rule("^(?:i|we)\\s+(?:basically\\s+|pretty much\\s+|mostly\\s+)?(?:use|live in)\\s+(?<x>\\p{Lu}[\\p{L}0-9+#.-]*(?:\\s+\\p{Lu}[\\p{L}0-9+#.-]*)?)\\s+(?:all day(?: long)?|every day|daily|day in,? day out|all the time|constantly)\\b", (m, out) -> {
			String x = m.group("x");
			if (isJunk(x) || lower(x).matches("(?:an?\\s+)?(?:" + DEVICES + "|i)")) {
				return;
			}
			out.accept(fact(PREFERENCES, "preference", "uses_" + slug(x), "Uses " + x + " every day", x, Map.of("uses", x), 0.65, false, 1));
		});
		// "I'm in every morning for an oat flat white": a standing order said with the visit
		rule("^" + I_AM + "\\s+(?:in|here|in here|round|there)\\s+(?:every|each|most)\\s+(?:single\\s+)?(?:morning|day|lunchtime|lunch|evening|weekday|week|saturday|sunday|friday)s?\\s+for\\s+(?:an?|my|the)\\s+(?<x>[\\p{L} -]{2,30}?)(?=\\s*[,.!]|$|\\s+(?:on|before|after|and|so|with)\\b)", (m, out) -> {
			String x = lower(m.group("x").strip());
			if (!isJunk(x)) {
				out.accept(fact(PREFERENCES, "standing_order", "usual_" + slug(x), "Usually orders " + article(x) + " " + x, x, Map.of("usual", x), 0.7, false, 1));
			}
		});
		// "I mostly cook Korean food at home": a cuisine the writer cooks
		rule("^i\\s+(?:mostly\\s+|mainly\\s+|often\\s+|usually\\s+|love to\\s+|like to\\s+|also\\s+)?cook\\s+(?:a lot of\\s+|lots of\\s+|loads of\\s+)?(?<x>\\p{L}+(?:\\s+\\p{L}+)?\\s+(?:food|dishes|cuisine|recipes|curries|meals))\\b", (m, out) -> {
			String x = m.group("x");
			if (!isJunk(x) && !x.matches("(?i)^(?:the|my|our|your|his|her|their|some|any|this|that|quick|easy|simple|big|small|healthy|cheap)\\b.*")) {
				out.accept(fact(INTERESTS, "activity", "interest_" + slug(x), "Cooks " + x, x, Map.of("topic", x, "activity", "cooking"), 0.65, false, 1));
			}
		});
		// "I run a small pizzeria and want to go fully online", "I manage a fleet ... and want to go fully electric by 2027"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i|we)\\s+(?!(?:want|wanna|plan|hope|intend|would|'d|am|'m|was|were)\\b)\\p{L}+\\b.+?\\s+and\\s+(?:also\\s+|really\\s+)?(?:want|plan|hope|intend|aim|would like|'d like|am planning|'m planning|am hoping|'m hoping)\\s+to\\s+(?<x>.+)$", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original)) {
				goal(m.group("x"), 0.6, true, out);
			}
		});
		// "I'm in a five-a-side league", "I sing in a choir", "I play in a jazz band": a pastime with the group it is done in
		rule("^(?:i'm|i am|im)\\s+(?:also\\s+|still\\s+)?(?:in|part of|a member of|on)\\s+(?:a|an|the|my local|our local|my)\\s+(?:local\\s+)?(?<x>[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?)\\s+(?<g>club|team|league|band|choir|orchestra|society|crew|squad)\\b", (m, out) -> {
			String x = lower(m.group("x"));
			if (isJunk(x) || x.matches("(?:.*\\s)?(?:work|office|sales|support|it|hr|marketing|design|project|management|leadership|dev|engineering|product|finance|legal|admin|customer|rewards?|loyalty|vip|premium|book)")
					&& !"book".equals(x)) {
				return;
			}
			String group = x + " " + lower(m.group("g"));
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(group), "Is in " + article(group) + " " + group, group, Map.of("topic", group), 0.7, false, 1));
		});
		rule("^i\\s+(?:also\\s+|still\\s+)?(?<v>sing|play|dance|row|perform|drum)\\s+(?:in|with|for)\\s+(?:a|an|the|my|our)\\s+(?:local\\s+)?(?<x>(?:[\\p{L}0-9-]+\\s+)?(?:choir|band|orchestra|ensemble|quartet|trio|troupe|crew))\\b", (m, out) -> {
			String x = lower(m.group("x"));
			String verb = lower(m.group("v"));
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(x), capitalise(thirdPerson(verb, "in " + article(x) + " " + x)), x, Map.of("topic", x, "activity", verb), 0.7, false, 1));
		});
		// "I'm recovering from a hip replacement", "I'm on crutches", "I'm sensitive to caffeine"
		durable("^(?:i'm|i am|im)\\s+(?:still\\s+|slowly\\s+|currently\\s+)?recovering\\s+from\\s+(?:a\\s+|an\\s+|my\\s+)?(?<x>(?:[\\p{L}-]+\\s+)?(?:surgery|operation|replacement|injury|stroke|heart attack|fracture|break|sprain|concussion|covid|long covid|chemo|cancer|burnout|illness|op))\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "health", "health_" + slug(what), "Is recovering from " + article(what) + " " + what, what, Map.of("condition", "recovering from " + what), 0.75, false));
		});
		rule("^(?:i'm|i am|im)\\s+(?:still\\s+|currently\\s+)?on\\s+(?<x>crutches|a walker|a walking frame|oxygen|dialysis)\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + slug(what), "Is on " + what, what, Map.of("aid", what), 0.8, false));
		});
		durable("^(?:i'm|i am|im)\\s+(?:very\\s+|really\\s+|quite\\s+|super\\s+|extremely\\s+|a bit\\s+)?sensitive\\s+to\\s+(?<x>caffeine|gluten|lactose|dairy|spice|spicy food|salt|sugar|alcohol|noise|loud noises?|light|bright lights?|flashing lights|smells|strong smells|perfume|fragrance|scents|heat|cold|sulphites|sulfites|msg|histamine)\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "health", "sensitive_" + slug(what), "Is sensitive to " + what, what, Map.of("sensitive_to", what), 0.75, false));
		});
		// Goals: "... and trying to lose about 10kg before my wedding": a goal that goes on after a state of the writer
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i'm|i am|im|we're|we are)\\b.+?\\s+and\\s+(?:also\\s+)?(?:trying|hoping|planning|aiming|working)\\s+(?:hard\\s+)?to\\s+(?<x>.+)$", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original)) {
				goal(m.group("x"), 0.65, true, out);
			}
		});
		// "now I want to get into olympic lifting", "I've always wanted to get into woodworking"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|\\s)(?:i|i've|i have|we)\\s+(?:always\\s+|really\\s+|finally\\s+)?(?:want|wanted|wanna|'d love|would love|'d like|would like|hope|plan|am hoping|'m hoping|'m looking|am looking|'ve been meaning)\\s+to\\s+(?:get|getting)\\s+(?:back\\s+)?into\\s+(?<x>[\\p{L}0-9 -]{2,30}?)(?=\\s*[,.!;]|$|\\s+(?:and|so|but|next|this|soon|one day|someday|eventually|properly|at some point|in|too)\\b)", FLAGS).matcher(clause);
			if (!m.find() || !aboutWriter(original) || !writersClause(clause, original) || DOUBT.matcher(original).find()) {
				return;
			}
			String object = m.group("x").strip();
			if (isJunk(object) || object.matches("(?i)^(?:my|your|the|a|an|it|this|that|trouble|debt|an argument|the app|the account|the site|contact|touch)\\b.*")) {
				return;
			}
			String subject = topic(object);
			out.accept(fact(GOALS, "goal", "goal_" + slug(subject), "Wants to get into " + lower(object), subject, Map.of("goal", "get into " + object), 0.7, false));
		});
		// "need them for my first half marathon", "my first triathlon is in June"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\bmy\\s+(?:very\\s+)?first\\s+(?:ever\\s+)?(?<x>(?:half[- ])?marathon|ultra(?:marathon)?|triathlon|ironman|duathlon|sportive|10k|5k|half|race|fight|bout|competition|comp|meet|powerlifting meet|bodybuilding show|show|gran fondo|century ride|tough mudder|swim meet|tournament)\\b", FLAGS).matcher(clause);
			if (!m.find() || !aboutWriter(original) || FOR_SOMEONE_ELSE.matcher(original).find()
					|| compiled("\\b(?:training|preparing|studying|revising|signed up|registered|entered)\\s+(?:for|up for)\\b|\\b(?:ran|did|finished|completed|won|lost|was|after|since)\\b", FLAGS).matcher(clause).find()) {
				return;
			}
			String what = lower(m.group("x"));
			out.accept(fact(GOALS, "goal", "goal_first_" + slug(what), "Is preparing for their first " + what, "first " + what, Map.of("preparing_for", "first " + what), 0.7, false));
		});
	}

	/** The sentence is the writer's: it opens with "I" or a fragment, not with someone else. */
	// ---------------------------------------------------------------- round six: needs (tastes, constraints, habits, contact)

	/** A diet that replaces the one said before it: "I'm now moving to a fully vegan diet", "so pescatarian now". */
	private static final Pattern DIET_CHANGE = Pattern.compile("(?:^|[,.;]\\s*|\\band\\s+|\\bbut\\s+)(?:i'm|i am|im|we're|we are)\\s+(?:now\\s+|currently\\s+|slowly\\s+|gradually\\s+|finally\\s+)?"
			+ "(?:moving|switching|changing|transitioning|converting|going over|going)\\s+(?:over\\s+)?(?:to\\s+)?(?:an?\\s+)?(?:fully\\s+|completely\\s+|strictly\\s+|full\\s+|100%\\s+|entirely\\s+)?"
			+ "(?<x>" + LocalFactExtractor.DIETS + ")\\b(?!\\s+(?:for|during|until|till)\\s+(?:a|one|two|\\d+|the|january|lent|veganuary|this|next)\\b)(?!\\s+(?:restaurant|cafe|café|option|menu|recipes?|brand))"
			+ "|(?:^|[,;]\\s*|\\bso\\s+)(?:i'm\\s+|im\\s+|i am\\s+)?(?:basically\\s+|mostly\\s+|just\\s+)?(?<y>" + LocalFactExtractor.DIETS + ")\\s+now\\b", FLAGS);
	private static final String LIFESTYLE_DIETS = "vegetarian|vegan|pescatarian|flexitarian|plant-based";
	private static final String PAYMENT = "apple pay|google pay|paypal|klarna|clearpay|afterpay|amex|visa|mastercard|credit card|debit card|card|cash|bank transfer|direct debit|revolut|venmo|monzo|crypto|bitcoin|gift card";
	private static final String SLEEP_TIME = "(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)?|noon|midday|midnight)";

	/**
	 * A diet the writer moves to replaces the one they had in the same message ("I've been a vegetarian since I was 12
	 * and I'm now moving to a fully vegan diet"): only the new one is theirs now.
	 */
	private static void dietChanged(String text, Map<String, ExtractedFact> facts) {
		for (String said : SENTENCE_END.split(text)) {
			String sentence = compiled(",?\\s*\\b(?:i suppose|i guess|i think)\\s*[.!]*$", FLAGS).matcher(said.strip()).replaceFirst("");
			Matcher m = DIET_CHANGE.matcher(sentence);
			if (!m.find() || sentence.strip().endsWith("?") || HYPOTHETICAL.matcher(sentence).find() || !aboutWriter(sentence)) {
				continue;
			}
			String now = lower(m.group("x") != null ? m.group("x") : m.group("y")).replace("pescetarian", "pescatarian").replace("plant based", "plant-based");
			if (!compiled(LIFESTYLE_DIETS).matcher(now).matches()) {
				continue;
			}
			facts.values().removeIf(fact -> CONSTRAINTS.equals(fact.category()) && "diet".equals(fact.key()) && !fact.retraction() && !now.equals(lower(fact.subject()))
					&& compiled(LIFESTYLE_DIETS).matcher(lower(fact.subject())).matches()); // "gluten-free" stays beside "vegan"
			facts.putIfAbsent("diet|" + now, fact(CONSTRAINTS, "diet", "diet", "Is " + now, now, Map.of("diet", now), 0.8, true));
		}
	}

	/**
	 * Wishes about replies and contact that the sentence filters cut away before the rules see them: a request after
	 * "so" ("I work nights so please email me instead of ringing"), a wish run on after a statement ("I bank at the
	 * branch and would much prefer a letter by post"), a manner split at its comma ("explain things simply, step by step"). Read over the
	 * whole sentence, only when the writer says it of themselves and does not ask it.
	 */
	private static void askedOfReplies(String text, Map<String, ExtractedFact> facts) {
		for (String said : SENTENCE_END.split(text)) {
			String sentence = said.strip();
			if ((sentence.endsWith("?") || compiled("^(?:can|could|would)\\s+(?:you|u)\\b", FLAGS).matcher(LEADING.matcher(sentence).replaceFirst("")).find())
					&& !HYPOTHETICAL.matcher(sentence).find()) {
				askedAsQuestion(sentence, facts);
			}
			if (sentence.isEmpty() || sentence.endsWith("?")) {
				continue;
			}
			List<ExtractedFact> found = new ArrayList<>();
			if (HYPOTHETICAL.matcher(sentence).find()) {
				continue;
			}
			Matcher instead = compiled("(?:^|[,;]\\s*|\\bso\\s+|\\band\\s+)(?:please\\s+|pls\\s+|kindly\\s+|just\\s+)*(?<x>email|e-mail|text|whatsapp|message)\\s+me\\s+(?:instead\\s+of|rather\\s+than)\\s+(?:ringing|calling|phoning|texting|emailing|messaging|a\\s+call|calls|phone calls)\\b", FLAGS).matcher(sentence);
			if (instead.find()) {
				channel(channelOfVerb(instead.group("x")), found::add);
			}
			Matcher letter = compiled("(?:^i\\b.*\\band\\s+(?:would|'d)|\\bi\\s+would|\\bi'd)\\s+(?:much\\s+|far\\s+|really\\s+|always\\s+)?prefer\\s+(?:a\\s+)?(?:letters?|correspondence|contact|communication)\\s+(?:by|through|in\\s+the)\\s+(?<x>post|mail|email|e-mail|phone)\\b", FLAGS).matcher(sentence);
			if (letter.find()) {
				channel(lower(letter.group("x")).replace("mail", "post").replace("epost", "email").replace("e-post", "email"), found::add);
			}
			Matcher manner = compiled("(?:^|[,;]\\s*|\\bso\\s+|\\band\\s+)(?:please\\s+|pls\\s+|just\\s+|can you\\s+|could you\\s+)?explain\\s+(?:things|everything|stuff|it all)\\s+(?:to me\\s+)?(?<a>simply|clearly|slowly|plainly)\\s*,?\\s*(?:and\\s+)?(?:step by step|step-by-step)\\b", FLAGS).matcher(sentence);
			if (manner.find()) {
				// one manner said in one phrase is one fact: "simply" is not taught again on its own beside it
				String how = lower(manner.group("a")) + ", step by step";
				if ("simply".equals(lower(manner.group("a")))) {
					facts.values().removeIf(fact -> COMMUNICATION.equals(fact.category()) && "technical_level".equals(fact.key()) && "simple".equals(fact.subject())
							&& !compiled("\\b(?:jargon|plain|non-technical|not (?:very |that )?technical|beginner|simple words|in simple terms)\\b", FLAGS).matcher(sentence).find());
				}
				found.add(fact(COMMUNICATION, "answer_style", "answer_style", "Prefers things explained " + how, "step by step", Map.of("answer_style", how), 0.75, true));
			}
			// "Je parle pas bien anglais, please answer in French": the language asked for after words the rules do not read
			Matcher language = compiled("(?:^|[,;]\\s*|\\bso\\s+|\\band\\s+)(?:please\\s+|pls\\s+|kindly\\s+|just\\s+)?(?:answer|reply|respond|write|talk)\\s+(?:to me\\s+|back\\s+)?in\\s+(?<x>\\p{L}+)\\b(?!\\s+(?:for|to|with)\\s+(?:my|his|her|their|him|them)\\b)", FLAGS).matcher(sentence);
			if (language.find() && Lexicon.LANGUAGES.contains(lower(language.group("x")))) {
				String name = capitalise(lower(language.group("x")));
				found.add(fact(COMMUNICATION, "reply_language", "reply_language", "Wants replies in " + name, name, Map.of("language", name), 0.85, true));
			}
			for (ExtractedFact fact : found) {
				facts.putIfAbsent(fact.key() + (fact.exclusive() ? "|" + lower(fact.subject()) : ""), fact);
			}
		}
	}

	/**
	 * A standing way of being answered asked as a question: "Can you answer me in Spanish please?", "Can you call me
	 * instead of emailing?", "can you text me when I'm below £50?", "can I get async support by email?". A one-off
	 * ("can you email me the invoice?") names no standing thing and teaches nothing.
	 */
	private static void askedAsQuestion(String sentence, Map<String, ExtractedFact> facts) {
		String asked = compiled("^(?:hi|hello|hola|hey|ok|okay|so|also|and)\\b[,!]?\\s*", FLAGS).matcher(LEADING.matcher(sentence).replaceFirst("")).replaceFirst("");
		Matcher start = compiled("(?:^|[,;]\\s*|\\bso\\s+|\\band\\s+)(?=(?:can|could|would|will)\\s+(?:you|u|i|we)\\b)", FLAGS).matcher(asked);
		if (!start.find()) {
			return;
		}
		asked = asked.substring(start.end());
		List<ExtractedFact> found = new ArrayList<>();
		Matcher language = compiled("^(?:can|could|would|will)\\s+(?:you|u)\\s+(?:please\\s+|pls\\s+|just\\s+|always\\s+)*(?:answer|reply|respond|write|talk|speak)(?:\\s+to)?(?:\\s+me)?(?:\\s+back)?\\s+(?:only\\s+)?in\\s+(?<x>\\p{L}+)\\b", FLAGS).matcher(asked);
		Matcher instead = compiled("^(?:can|could|would|will)\\s+(?:you|u)\\s+(?:please\\s+|pls\\s+|just\\s+)*(?<x>call|ring|phone|text|email|e-mail|whatsapp|message)\\s+me\\s+(?:instead|rather)\\b(?:\\s+of\\s+(?<y>\\p{L}+))?", FLAGS).matcher(asked);
		Matcher alert = compiled("^(?:can|could|would|will)\\s+(?:you|u)\\s+(?:please\\s+|pls\\s+|just\\s+)*(?<x>text|email|e-mail|whatsapp|message)\\s+me\\s+(?:whenever|when|if|as soon as)\\s+(?:i'm|i am|im|my|i go|i get|i fall|i drop)\\b", FLAGS).matcher(asked);
		Matcher sent = compiled("^(?:can|could|would|will)\\s+(?:you|u|i|we)\\s+(?:please\\s+|pls\\s+|just\\s+|always\\s+)*(?:send|get|have|receive)\\s+(?:me\\s+)?(?:the\\s+|my\\s+|all\\s+|your\\s+|any\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:" + SENT_THINGS + "|support|help|contact)\\s+(?:by|via|over|through|on|in)\\s+(?<x>email|e-mail|text|sms|whatsapp|post)\\b", FLAGS).matcher(asked);
		Matcher length = compiled("^(?:can|could|would)\\s+(?:you|u)\\s+(?:please\\s+|pls\\s+|just\\s+|always\\s+)*(?:(?:give|send|write)\\s+me\\s+(?:only\\s+|just\\s+)?(?:short|shorter|brief|concise|quick)\\s+(?:answers|replies|responses)|keep\\s+(?:it|your (?:answers|replies|messages))\\s+(?:short|brief|concise))\\b", FLAGS).matcher(asked);
		if (language.find() && Lexicon.LANGUAGES.contains(lower(language.group("x")))) {
			String name = capitalise(lower(language.group("x")));
			found.add(fact(COMMUNICATION, "reply_language", "reply_language", "Wants replies in " + name, name, Map.of("language", name), 0.8, true));
		}
		if (length.find()) {
			answerLength("short", 0.75, compiled("^(?:can|could|would)\\s+(?:you|u)\\s+(?:please\\s+|pls\\s+|just\\s+|always\\s+)*").matcher(lower(length.group())).replaceFirst(""), found::add);
		}
		if (instead.find()) {
			String verb = lower(instead.group("x"));
			String channel = channelOfVerb(verb);
			String not = instead.group("y") == null ? "" : " instead of " + lower(instead.group("y"));
			found.add(fact(COMMUNICATION, "contact_channel", "contact_channel", "Prefers contact by " + channel + " (to " + verb + " them" + not + ")", channel, Map.of("channel", channel), 0.75, true));
		}
		else if (alert.find()) {
			channel(channelOfVerb(alert.group("x")), found::add);
		}
		else if (sent.find()) {
			channel(channelOfVerb(sent.group("x")), found::add);
		}
		for (ExtractedFact fact : found) {
			String key = fact.key() + (fact.exclusive() ? "|" + lower(fact.subject()) : "");
			if (fact.value().contains("(to ")) {
				facts.put(key, fact); // the same channel read without the writer's verb: this one keeps it
			}
			else {
				facts.putIfAbsent(key, fact);
			}
		}
	}

	/** A condition said as the reason for a need: "because of my dyslexia", "due to my arthritis", "with my bad back". */
	private static final String CAUSE_CONDITIONS = "dyslexia|dyspraxia|adhd|autism|arthritis|rheumatoid arthritis|eczema|psoriasis|asthma|diabetes|epilepsy|migraines?|tinnitus|"
			+ "hearing loss|sight loss|low vision|poor eyesight|bad eyesight|bad back|bad knees?|bad hips?|dodgy knees?|chronic pain|fibromyalgia|rsi|tremor|vertigo|"
			+ "anxiety|insomnia|ibs|crohn's|coeliac disease|celiac disease|disability|hip replacement|knee replacement";

	private void roundSevenNeeds() {
		// how they want to be reached, said against the channel they turn down: "I'd rather you text me than email",
		// "I'd prefer it if you WhatsApp me", "please email me instead of ringing"
		rule("^(?:i'd|i would|id)\\s+(?:much\\s+|far\\s+|really\\s+)?(?:rather|prefer(?:\\s+it)?(?:\\s+if)?)\\s+(?:that\\s+)?you\\s+(?:just\\s+|only\\s+)?(?<x>text|email|e-mail|whatsapp|message|call|ring|phone|dm)(?:ed)?\\s+me\\b(?!\\s+(?:back|about|when|if|tomorrow|today|tonight|later|now|at)\\b)", (m, out) ->
				channel(channelOfVerb(m.group("x")), out));
		rule("^(?:so\\s+)?(?:please\\s+|pls\\s+|kindly\\s+|just\\s+)*(?<x>email|e-mail|text|whatsapp|message)\\s+me\\s+(?:instead\\s+of|rather\\s+than)\\s+(?:ringing|calling|phoning|texting|emailing|messaging|a\\s+call|calls|phone calls)\\b", (m, out) ->
				channel(channelOfVerb(m.group("x")), out));
		// "I would much prefer a letter by post", "I'd prefer that all further correspondence be in writing"
		rule("\\b(?:i\\s+would|i'd|id|i)\\s+(?:much\\s+|far\\s+|really\\s+|always\\s+)?prefer\\s+(?:(?:a\\s+)?letters?\\s+(?<post>by\\s+post|in\\s+the\\s+post)|"
				+ "(?:that\\s+)?(?:all\\s+)?(?:further\\s+|future\\s+)?(?:correspondence|communication|contact)\\s+(?:be|is|to be)\\s+(?:(?<w>in\\s+writing)|by\\s+(?<c>post|email|e-mail|letter|phone)))\\b", (m, out) ->
				channel(m.group("post") != null ? "post" : m.group("w") != null ? "in writing" : lower(m.group("c")).replace("letter", "post"), out));
		// how long their replies should be: "I would be grateful if your replies were kept short"
		rule("\\b(?:would|'d|d)\\s+be\\s+(?:very\\s+|most\\s+|really\\s+)?(?:grateful|thankful)\\s+if\\s+(?:your\\s+|the\\s+|all\\s+)?(?:replies|answers|responses|messages|emails)\\s+(?:were|are|could be|would be)\\s+(?:kept\\s+)?(?:very\\s+|quite\\s+)?(?<x>short|brief|concise|simple|clear)\\b", (m, out) -> {
			String how = lower(m.group("x"));
			if (how.matches("short|brief|concise")) {
				answerLength("short", 0.75, out);
			}
			else {
				out.accept(fact(COMMUNICATION, "technical_level", "technical_level", "Prefers simple, clear replies", "simple", Map.of("technical_level", "simple"), 0.75, true));
			}
		});
		// the register they want: "please use formal language in your replies", "write in plain English please"
		rule("^(?:please\\s+|pls\\s+|kindly\\s+|can you\\s+|could you\\s+)?(?:use|write in|reply in|answer in|stick to|keep to)\\s+(?:a\\s+)?(?:more\\s+)?(?<x>formal|informal|casual|plain|simple)\\s+(?:language|english|tone|register)\\b(?!\\s+(?:for|with)\\s+(?:my|his|her|their|the)\\b)", (m, out) -> {
			String how = lower(m.group("x"));
			if (how.matches("plain|simple")) {
				out.accept(fact(COMMUNICATION, "technical_level", "technical_level", "Prefers " + how + " language", "simple", Map.of("technical_level", "simple"), 0.75, true));
				return;
			}
			String tone = "informal".equals(how) ? "casual" : how;
			out.accept(fact(COMMUNICATION, "tone", "tone", "Prefers a " + tone + " tone (" + how + " language)", tone, Map.of("tone", tone), 0.75, true));
		});
		// a condition given as the reason for a need: "voice notes are easier because of my dyslexia", "due to my arthritis"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?:because of|due to|owing to|thanks to|cos of|cause of|bc of|with)\\s+my\\s+(?<x>" + CAUSE_CONDITIONS + ")\\b(?!')", FLAGS).matcher(clause);
			if (m.find() && !compiled("\\?\\s*$").matcher(clause).find() && !HYPOTHETICAL.matcher(clause).find()) {
				String condition = lower(m.group("x"));
				boolean access = compiled("dyslexia|dyspraxia|adhd|autism|tinnitus|hearing loss|sight loss|low vision|poor eyesight|bad eyesight|disability").matcher(condition).matches();
				if (!access) {
					condition(condition, out);
					return;
				}
				out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + slug(condition), "Has " + condition, condition, Map.of("condition", condition), 0.75, false));
			}
		});
		// "my eyesight is poor", "my hearing isn't great": a sense that limits them
		rule("^(?:and\\s+|but\\s+)?my\\s+(?<x>eyesight|sight|vision|hearing)\\s+(?:is|isn't|is not|has got|has gotten|'s)\\s+(?:very\\s+|quite\\s+|really\\s+|pretty\\s+|getting\\s+)?(?<y>poor|bad|terrible|awful|failing|worse|not (?:great|good|what it was)|going)\\b", (m, out) -> {
			String sense = lower(m.group("x")).replaceFirst("^(?:sight|vision)$", "eyesight");
			out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + sense, "Has poor " + sense, sense, Map.of("condition", "poor " + sense), 0.75, false));
		});
		// "I do all my banking on the app", "I do most of my shopping online": the channel they use is behaviour
		rule("^(?:i|we)\\s+(?:usually\\s+|always\\s+|mostly\\s+|now\\s+)?do\\s+(?:all|most|nearly all|almost all)\\s+(?:of\\s+)?(?:my|our)\\s+(?<x>banking|shopping|grocery shopping|food shopping|bill paying|bills|reading|ordering|booking|work|writing|admin|paperwork)\\s+"
				+ "(?<w>(?:on|at|in|via|through|by|over)\\s+(?:the\\s+|my\\s+|a\\s+)?[\\p{L}-]+(?:\\s+in person)?|online|in person|by phone)"
				+ "(?<t>\\s+(?:late at night|at night|in the evenings?|in the mornings?|early in the morning|at weekends|on weekends|on (?:my|the) (?:lunch break|commute|train)))?", (m, out) -> {
			String what = lower(m.group("x"));
			String where = lower(m.group("w"));
			String when = m.group("t") == null ? "" : lower(m.group("t"));
			out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(what), "Does all their " + what + " " + where + when, where,
					Map.of("habit", what, "channel", where), 0.7, false, 1));
		});
	}

	private void roundSevenNeeds2() {
		// a diet taken up: "I've just started keto", "I recently started intermittent fasting", "started low carb last month"
		durable("^(?:(?:i've|i have|i)\\s+)?(?:just\\s+|recently\\s+|now\\s+|finally\\s+)?(?:started|begun|began|gone|switched to|started doing)\\s+(?:on\\s+)?(?:the\\s+|a\\s+)?(?<x>keto|paleo|low[- ]carb|low[- ]fodmap|intermittent fasting|carnivore|whole30|mediterranean)(?:\\s+diet)?\\b(?!\\s+(?:but|and)\\s+(?:gave up|quit|stopped|dropped))", (m, out) -> {
			String diet = lower(m.group("x")).replace("low carb", "low-carb").replace("low fodmap", "low-FODMAP");
			out.accept(fact(CONSTRAINTS, "diet", "diet", (diet.endsWith("fasting") ? "Does " + diet : "Follows a " + diet + " diet"), diet, Map.of("diet", diet), 0.75, true));
		});
		// how a body takes a thing that a service must allow for: "I'm a nervous flyer", "I'm an insomniac"
		rule("^" + I_AM + "\\s+(?:a\\s+|an\\s+)?(?:very\\s+|really\\s+|quite\\s+|bit of a\\s+|total\\s+|terrible\\s+|chronic\\s+)?(?<x>nervous flyer|nervous flier|anxious flyer|nervous driver|anxious traveller|insomniac|light sleeper)\\b", (m, out) -> {
			String said = lower(m.group("x")).replace("flier", "flyer");
			boolean health = "insomniac".equals(said);
			out.accept(fact(CONSTRAINTS, health ? "health" : "condition", (health ? "health_" : "condition_") + slug(said), "Is " + (said.startsWith("insomniac") ? "an " : "a ") + said, said,
					Map.of("condition", said), 0.7, false));
		});
		// a season of the year their work fills: "busy season is Jan-April", "my peak months are June to August"
		rule("^(?:my\\s+|our\\s+)?(?:busy|busiest|peak|crunch)\\s+(?:season|period|time|months?)\\s+(?:is|are|runs?|'s)\\s+(?:from\\s+)?(?<x>" + MONTH_NAMES + "(?:\\s*(?:-|–|to|through|thru|till|until)\\s*" + MONTH_NAMES + ")?)\\b", (m, out) -> {
			String when = m.group("x");
			out.accept(fact(BEHAVIOR, "routine", "routine_busy_season", "Busy season is " + when, when, Map.of("busy_season", when), 0.65, true));
		});
		// a budget with a bare amount: "budget is 300 max", "budget's 40 tops"
		rule("^(?:my\\s+|our\\s+|the\\s+)?budget(?:'s|\\s+is)\\s+(?:about\\s+|around\\s+|roughly\\s+)?(?<x>[$€£]?\\s*\\d[\\d,.]*\\s*k?)\\s*(?:max|maximum|tops|at most|at the most)\\b", (m, out) -> budget(m.group("x").strip() + " max", out));
	}

	/** What makes a standing contact wish: the things a service keeps sending. */
	private static final String SENT_THINGS = "receipts|updates|notifications|reminders|confirmations|alerts|tickets|e-tickets|invoices|statements|bills|summaries|newsletters|documents|paperwork";
	/** Objects of fear that a service must allow for ("terrified of flying", "scared of needles"). */
	private static final String FEARED = "flying|flights|planes|heights|needles|injections|blood|dogs|water|deep water|driving|motorways|the dentist|dentists|crowds|enclosed spaces|small spaces|"
			+ "confined spaces|lifts|elevators|spiders|boats|the sea|hospitals|tunnels|bridges|escalators|the dark";
	/** How often or when a routine comes round: "on Saturdays", "4 mornings a week", "most evenings", "every day". */
	private static final String ROUTINE_WHEN = "(?:on\\s+|at\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends)(?:\\s+and\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends))?"
			+ "|every\\s+(?:single\\s+)?(?:day|morning|evening|night|weekday|weekend|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
			+ "|most\\s+(?:days|mornings|evenings|nights|weekends|weekdays)"
			+ "|(?:\\d+|one|two|three|four|five|six)(?:\\s*-\\s*\\d+)?\\s+(?:days|mornings|evenings|nights|times|afternoons)\\s+(?:a|per)\\s+week"
			+ "|(?:once|twice|three times)\\s+a\\s+(?:week|month|fortnight)"
			+ "|(?:for|with|at|on)\\s+every\\s+(?:single\\s+)?(?:meal|order|trip|purchase|booking|flight|ride|shift|delivery)";

	private void roundEightNeeds() {
		// a budget said as a fragment: "budget is around 1500 for the whole bedroom set", "budget around 25k", "max €3000 total"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*)(?:(?:my|our|the|total|overall)\\s+)*budget(?:'s|\\s+is|\\s+of)?\\s+(?:is\\s+)?(?:about|around|roughly|approx(?:imately)?|up to|max(?:imum)?|under|below|only|~|like)?\\s*"
					+ "(?<x>[$€£]?\\s*\\d[\\d,.]*\\s*k?\\b(?:\\s*(?:euros?|pounds?|dollars?|usd|eur|gbp|bucks|quid))?)(?!\\s*%)"
					+ "|(?:^|,\\s*)(?:max(?:imum)?|up to|no more than|not more than|under)\\s+(?<y>[$€£]\\s*\\d[\\d,.]*\\s*k?|\\d[\\d,.]*\\s*k?\\s*(?:euros?|pounds?|dollars?|usd|eur|gbp|[$€£]))(?:\\s+(?:total|in total|all in|tops|overall|all together|altogether))?(?:\\s+for\\s+(?:the|a|an|my|our|both|all|everything)\\b[^,.!?]{0,30})?\\s*[.!]*$", FLAGS).matcher(clause);
			if (m.find() && aboutWriterOrFragment(original) && !HYPOTHETICAL.matcher(clause).find() && !REPORTED.matcher(original).find()) {
				budget(m.group("x") != null ? m.group("x") : m.group("y"), out);
			}
		});
		// the language to be answered in, said with "me": "only talk to me in Spanish", "please write me in Italian next time"
		rule("(?:^|[,;]\\s*|\\bso\\s+)(?:from now on\\s+|going forward\\s+|in future\\s+)?(?:(?:please|pls|kindly|just|only|always)\\s+)*(?:answer|reply|respond|write|talk|speak)\\s+(?:to\\s+)?me\\s+(?:back\\s+)?(?:only\\s+|always\\s+)?in\\s+(?<x>\\p{L}+)\\b(?!\\s+(?:for|to|with|about)\\b)", (m, out) -> {
			String language = lower(m.group("x"));
			if (Lexicon.LANGUAGES.contains(language)) {
				String name = capitalise(language);
				out.accept(fact(COMMUNICATION, "reply_language", "reply_language", "Wants replies in " + name, name, Map.of("language", name), 0.85, true));
			}
		});
		// the words they can follow: "please answer me with simple words", "write in easy English"
		rule("(?:^|[,;]\\s*|\\bso\\s+)(?:(?:please|pls|kindly|just)\\s+)*(?:answer|reply|respond|write|talk|speak|explain(?:\\s+things)?)(?:\\s+to)?(?:\\s+me)?\\s+(?:with|in|using)\\s+(?:very\\s+|really\\s+)?(?<x>simple|easy|plain|basic)\\s+(?<y>words|english|language|terms|sentences)\\b", (m, out) -> {
			String how = lower(m.group("x")) + " " + lower(m.group("y"));
			out.accept(fact(COMMUNICATION, "technical_level", "technical_level", "Prefers replies in " + how, "simple", Map.of("technical_level", "simple"), 0.75, true));
		});
		// "pls keep emails short", "keep your explanations simple and step by step"
		rule("(?:^|[,;]\\s*|\\bso\\s+)(?:(?:please|pls|plz|also|and|just|can you|could you)\\s+)*keep\\s+(?:the\\s+|your\\s+|all\\s+|any\\s+)?(?<w>emails|e-mails|messages|texts|updates|explanations|instructions|answers|replies|responses)\\s+(?:really\\s+|very\\s+|nice and\\s+)?(?<x>short|brief|concise|simple)(?<s>\\s+and\\s+step[- ]by[- ]step)?\\b", (m, out) -> {
			String how = lower(m.group("x"));
			String what = lower(m.group("w")).replace("e-mails", "emails");
			if (!"simple".equals(how)) {
				out.accept(fact(COMMUNICATION, "answer_length", "answer_length", "Prefers short " + what, "short", Map.of("answer_length", "short"), 0.75, true));
			}
			else if (m.group("s") != null) {
				out.accept(fact(COMMUNICATION, "answer_style", "answer_style", "Prefers " + what + " simple and step by step", "step by step", Map.of("answer_style", "simple, step by step"), 0.75, true));
			}
			else {
				out.accept(fact(COMMUNICATION, "technical_level", "technical_level", "Prefers simple " + what, "simple", Map.of("technical_level", "simple"), 0.75, true));
			}
		});
		// a channel asked for as the only one: "SMS or email only", "email receipts only", "send e-ticket on WhatsApp only", "just email me"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:please|pls|plz|kindly|so)\\s+)*(?:(?:send|give|put)\\s+(?:me\\s+)?(?:the\\s+|my\\s+|all\\s+|any\\s+|everything\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:on|by|via|over|through)\\s+|(?:" + SENT_THINGS + ")\\s+(?:by|via|over|through|on)\\s+)?"
					+ "(?<x>email|e-mail|text|sms|whatsapp|post|telegram|signal)(?:\\s+or\\s+(?<y>email|e-mail|text|sms|whatsapp|post|telegram|signal))?(?:\\s+(?:" + SENT_THINGS + "|contact|messages))?\\s+only\\b(?!\\s+(?:for|tonight|today|this|at|on|when|if)\\b)", FLAGS).matcher(clause);
			Matcher just = compiled("^(?:(?:so|and|please|pls|plz)\\s+)*(?:just|only)\\s+(?<x>email|e-mail|text|message|whatsapp)\\s+me(?:\\s+instead)?(?:\\s+(?:please|pls|plz|thanks))?\\s*[.!]*$", FLAGS).matcher(clause);
			if (!aboutWriterOrFragment(original) || ONE_OFF.matcher(original).find()) {
				return;
			}
			if (m.find() && (m.group("y") != null || !compiled("^(?:(?:please|pls|plz|kindly|so)\\s+)*(?:email|e-mail|text|sms|whatsapp|post|telegram|signal)\\s+only\\b", FLAGS).matcher(clause).find())) {
				if (m.group("y") == null) {
					channel(m.group("x"), out);
					return;
				}
				String both = lower(m.group("x")) + " or " + lower(m.group("y"));
				out.accept(fact(COMMUNICATION, "contact_channel", "contact_channel", "Prefers contact by " + both + " only", both, Map.of("channel", both), 0.75, true));
			}
			else if (just.find()) {
				channel(channelOfVerb(just.group("x")), out);
			}
		});
		// "put everything in writing by email": the channel that carries the writing
		rule("(?:^|[,;]\\s*|\\bso\\s+)(?:(?:please|pls|kindly|just|always)\\s+)*(?:put|send|give|keep|have)\\s+(?:me\\s+)?(?:everything|it all|all of it|all|things|it)\\s+in\\s+writing\\s+(?:by|via|over|through|on)\\s+(?<x>email|e-mail|post|letter|text|whatsapp)\\b",
				(m, out) -> channel(lower(m.group("x")).replace("letter", "post"), out));
		// "a weekly email summary is enough for me": the channel they settle for
		rule("^(?:an?\\s+)?(?:weekly|daily|monthly|single|quick|short)?\\s*(?<x>email|e-mail|text|sms)\\s+(?:summary|digest|update|reminder|round-?up)s?\\s+(?:is|are|would be)\\s+(?:more than\\s+)?(?:enough|plenty|fine|all i need)\\b", (m, out) -> channel(m.group("x"), out));
		// fears a service must allow for: "I'm terrified of flying", "I get really anxious flying", "I have a needle phobia", "I'm claustrophobic"
		rules.add((clause, original, out) -> {
			if (NOT_NOW_HABIT.matcher(clause.split(",")[0]).find() || ONE_OFF.matcher(original).find()) {
				return; // "I have a needle phobia, last time I fainted": the time is the next clause's
			}
			Matcher fear = compiled("^(?:(?:i'm|i am|im|i get|i've always been|i have always been|i've been)\\s+)(?:really\\s+|very\\s+|so\\s+|absolutely\\s+|quite\\s+|a bit\\s+|a little\\s+|super\\s+|incredibly\\s+|extremely\\s+|seriously\\s+|properly\\s+)?"
					+ "(?<a>terrified|scared|afraid|frightened|petrified|anxious|nervous|panicky)\\s+(?:(?<p>of|about|when|in)\\s+)?(?<x>" + FEARED + ")\\b", FLAGS).matcher(clause);
			Matcher phobia = compiled("^i\\s+(?:have|'ve got|have got|suffer from)\\s+(?:a\\s+|an\\s+)?(?:severe\\s+|real\\s+|bad\\s+|serious\\s+|massive\\s+|huge\\s+|bit of a\\s+)?(?:(?<x>needle|dental|flying|flight|height|dog|water|blood|spider|social)\\s+phobia|(?:phobia|fear)\\s+of\\s+(?<y>" + FEARED + "))\\b"
					+ "|^(?:i'm|i am|im)\\s+(?:very\\s+|really\\s+|quite\\s+|a bit\\s+|severely\\s+|a little\\s+)?(?<z>claustrophobic|agoraphobic)\\b", FLAGS).matcher(clause);
			if (fear.find()) {
				String feeling = lower(fear.group("a"));
				String what = lower(fear.group("x"));
				boolean gets = lower(fear.group()).startsWith("i get");
				String by = fear.group("p") == null ? "" : lower(fear.group("p")) + " ";
				out.accept(fact(CONSTRAINTS, "condition", "fear_" + slug(what), (gets ? "Gets " + feeling + " " + by : "Is " + feeling + " " + (by.isEmpty() ? (compiled("anxious|nervous").matcher(feeling).matches() ? "about " : "of ") : by)) + what, what,
						Map.of("condition", feeling + " " + what), 0.7, false));
			}
			else if (phobia.find()) {
				String said = phobia.group("z") != null ? lower(phobia.group("z")) : phobia.group("x") != null ? lower(phobia.group("x")) + " phobia" : "fear of " + lower(phobia.group("y"));
				out.accept(fact(CONSTRAINTS, "condition", "fear_" + slug(said), phobia.group("z") != null ? "Is " + said : "Has a " + said, said, Map.of("condition", said), 0.7, false));
			}
		});
		// a body part that limits them: "I have a bad lower back (herniated disc)", "I'm 67 with dodgy knees", "broke my wrist"
		rules.add((clause, original, out) -> {
			if (NOT_NOW_HABIT.matcher(clause.split(",")[0]).find() && !compiled("\\b(?:broke|broken|fractured|sprained|tore|dislocated)\\b", FLAGS).matcher(clause).find()) {
				return;
			}
			Matcher bad = compiled("(?:^(?:i've got|i have got|i have|i got|i've)\\s+|^(?:i'm|i am|im)\\b[^,;]{0,25}?\\bwith\\s+)(?:an?\\s+)?(?:really\\s+|very\\s+|pretty\\s+)?"
					+ "(?<x>(?:bad|dodgy|weak|dicky|gammy|injured|busted|arthritic|wonky|stiff|slipped|herniated|prolapsed)\\s+(?:lower\\s+|upper\\s+)?(?:back|knees?|hips?|shoulders?|ankles?|wrists?|neck|disc))\\b"
					+ "(?:\\s*\\((?<why>[^)]{3,40})\\))?", FLAGS).matcher(clause);
			Matcher broke = compiled("^(?:i\\s+|i've\\s+)?(?:just\\s+|recently\\s+)?(?:broke|broken|fractured|sprained|tore|torn|dislocated|snapped)\\s+my\\s+(?<x>wrist|ankle|arm|leg|foot|hand|collarbone|knee|hip|shoulder|finger|toe|acl|achilles|elbow|ribs?|back)\\b", FLAGS).matcher(clause);
			if (bad.find() && !ONE_OFF.matcher(original).find()) {
				String said = lower(bad.group("x"));
				String why = bad.group("why") == null ? "" : " (" + bad.group("why").strip() + ")";
				out.accept(fact(CONSTRAINTS, "health", "health_" + slug(said), "Has " + (said.endsWith("s") ? "" : "a ") + said + why, said, Map.of("condition", said + why), 0.75, false));
			}
			else if (broke.find() && (clause.regionMatches(true, 0, "i", 0, 1) || opensSentence(clause, original))) {
				String part = lower(broke.group("x"));
				out.accept(fact(CONSTRAINTS, "health", "injury_" + slug(part), "Has an injured " + part + " (" + compiled("^i(?:'ve)?\\s+").matcher(lower(broke.group())).replaceFirst("") + ")", part,
						Map.of("injury", part), 0.7, false));
			}
		});
		// conditions named without "my": "I have MS", "I was diagnosed with osteoporosis", "... because of osteoporosis"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^(?:i have|i've got|i have got|i've|i was diagnosed with|i've been diagnosed with|i have been diagnosed with|i live with|i suffer from)\\s+(?:a\\s+|an\\s+)?|\\b(?:because of|due to|owing to)\\s+(?:my\\s+)?)"
					+ "(?<x>ms|multiple sclerosis|osteoporosis|fibromyalgia|sciatica|parkinson's|lupus|copd|hypertension|a pacemaker|heart disease|kidney disease|long covid|cfs|me/cfs|endometriosis|pcos|"
					+ "osteoarthritis|rheumatoid arthritis|spina bifida|cerebral palsy|muscular dystrophy)\\b", FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original) && !HYPOTHETICAL.matcher(clause).find()) {
				condition(m.group("x").equalsIgnoreCase("ms") ? "MS" : m.group("x"), out);
			}
		});
		// an aid they walk with or need: "I walk with a cane", "I'll need wheelchair assistance"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^i\\s+|^(?:i'm|i am|im)\\b[^,;]{0,25}?\\band\\s+)(?:now\\s+|usually\\s+|have to\\s+|need to\\s+|can only\\s+)?(?:walk|get around|get about)\\s+with\\s+(?:a\\s+|the\\s+|my\\s+)?(?<x>cane|walking stick|stick|walker|zimmer frame|frame|crutches|rollator)\\b"
					+ "|^i(?:'ll|\\s+will)?\\s+(?:always\\s+)?(?:need|require)\\s+(?<w>wheelchair)\\s+(?:assistance|help|service|access)\\b", FLAGS).matcher(clause);
			if (!m.find() || ONE_OFF.matcher(original).find() && m.group("w") == null) {
				return;
			}
			if (m.group("w") != null) {
				out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_wheelchair", "Needs wheelchair assistance", "wheelchair", Map.of("aid", "wheelchair"), 0.8, false));
				return;
			}
			String aid = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + slug(aid), "Walks with " + (aid.endsWith("s") ? "" : article(aid) + " ") + aid, aid, Map.of("aid", aid), 0.85, false));
		});
		// a diet that is being followed or kept by the household: "I'm doing keto", "we're a vegan household"
		durable("^(?:i'm|i am|im|we're|we are)\\s+(?:currently\\s+|still\\s+|now\\s+|strictly\\s+)?(?:doing|on)\\s+(?:the\\s+|a\\s+)?(?<x>keto|paleo|low[- ]carb|low[- ]fodmap|whole30|carnivore|intermittent fasting|atkins|dukan)(?:\\s+diet)?\\b(?!\\s+(?:for|this|today|tonight)\\b)", (m, out) -> {
			String diet = lower(m.group("x")).replace("low carb", "low-carb").replace("low fodmap", "low-FODMAP");
			out.accept(fact(CONSTRAINTS, "diet", "diet", (diet.endsWith("fasting") ? "Does " + diet : "Follows a " + diet + " diet"), diet, Map.of("diet", diet), 0.75, true));
		});
		durable("^(?:we're|we are|i'm in|i am in|i live in|we're in)\\s+an?\\s+(?:strictly\\s+|fully\\s+|entirely\\s+)?(?<x>vegan|vegetarian|halal|kosher|gluten[- ]free|dairy[- ]free|plant[- ]based|pescatarian|nut[- ]free)\\s+(?:household|family|home|house)\\b",
				(m, out) -> diet(lower(m.group("x")).replace(' ', '-'), 0.75, out));
		// a food turned down for good: "no onions ever please, they make me ill" (a constraint); "no cilantro EVER please" (a taste)
		rules.add((clause, original, out) -> {
			// the sentence's leading "no" is cut before the rules read it ("no onions ever please" reads "onions ever please")
			if (!compiled("^(?:(?:and|but)\\s+)?(?:no|never any)\\s+", FLAGS).matcher(original.strip()).find()) {
				return;
			}
			Matcher m = compiled("^(?:and\\s+|but\\s+)?(?:(?:no|never any)\\s+)?(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:ever|at all|whatsoever|ever again)\\b(?:\\s+(?:please|pls|plz))?(?=\\s*[,.!]|$)", FLAGS).matcher(clause);
			if (!m.find() || !opensSentence(clause, original) || !aboutWriterOrFragment(original)) {
				return;
			}
			String food = lower(m.group("x"));
			if (isJunk(food) || compiled("^(?:problem|problems|worries|worry|rush|hurry|pressure|idea|way|need|one|thanks|chance|issue|issues|stress|calls?|phone calls?|emails?|texts?|notifications?|spam|sugar coating)$").matcher(food).find()) {
				return;
			}
			if (compiled("\\ballerg", FLAGS).matcher(original).find()) {
				return; // "no nuts ever please, I'm allergic": the allergy rules read it
			}
			if (compiled("\\b(?:makes?|made)\\s+me\\s+(?:really\\s+|so\\s+|very\\s+)?(?:ill|sick|unwell|bloated|poorly)|\\bintoleran", FLAGS).matcher(original).find()) {
				out.accept(fact(CONSTRAINTS, "dietary_restriction", "cannot_eat_" + slug(food), "Cannot eat " + food + " (makes them ill)", food, Map.of("food", food), 0.75, false));
				return;
			}
			out.accept(fact(PREFERENCES, "dislike", "dislikes_" + slug(food), "Never wants " + food, food, Map.of("dislikes", food), 0.7, false, -1));
		});
		// medicine they depend on: "i need my insulin pens until friday", "I forgot my inhaler"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^i\\s+(?:need|use|take|rely on|forgot|left|ran out of|am out of|'m out of|carry)\\s+(?:\\p{L}+\\s+)?my\\s+(?<x>insulin|inhalers?|epi-?pens?|cpap|blood thinners|thyroid (?:meds|medication|tablets)|heart (?:meds|medication|tablets))\\b", FLAGS).matcher(clause);
			if (m.find()) {
				String what = compiled("s$").matcher(lower(m.group("x"))).replaceFirst("");
				out.accept(fact(CONSTRAINTS, "health", "health_uses_" + slug(what), "Uses " + (what.equals("insulin") ? "" : "an ") + what, what, Map.of("medication", what), 0.75, false));
			}
		});
		// a standing order said with "always" after it: "aisle seat always pls", "window seat always please"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?<x>(?:an?\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)\\s*,?\\s+always\\s*,?\\s*(?:please|pls|plz)\\b", FLAGS).matcher(clause);
			if (m.find() && opensSentence(clause, original) && aboutWriterOrFragment(original) && !isJunk(m.group("x")) && !OTHER_SUBJECT.matcher(m.group("x")).find()
					&& !compiled("^(?:i|we|you|it|this|that|thanks|thank you|reply|answer|call|email|text)\\b", FLAGS).matcher(m.group("x")).find()) {
				String object = lower(m.group("x"));
				out.accept(fact(PREFERENCES, "preference", "always_" + slug(object), "Always wants " + object, object, Map.of("always", object), 0.7, false, 1));
			}
		});
		// a clinician of a gender: "I'd prefer a female doctor", "I'd like to book with a female doctor if possible"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i|i'd|i would|id)\\s+(?:always\\s+|really\\s+|much\\s+)?(?:prefer|like|want|rather have|only see|only want|feel more comfortable with)\\b[^,;]{0,25}?\\b(?:an?\\s+)?(?<x>female|male|woman|lady)\\s+(?<y>doctor|gp|nurse|dentist|physio|physiotherapist|therapist|counsellor|counselor|instructor|trainer|driver|practitioner|midwife|consultant|doctors|gps|nurses)\\b", FLAGS).matcher(clause);
			if (m.find() && aboutWriterOrFragment(original)) {
				String who = lower(m.group("x")).replace("lady", "female").replace("woman", "female") + " " + compiled("s$").matcher(lower(m.group("y"))).replaceFirst("");
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(who), "Prefers a " + who, who, Map.of("prefers", who), 0.75, false, 1));
			}
		});
		// the kind of thing or place they are after: "looking for somewhere quiet", "Something mid-century, and no grey",
		// "I want something with 7 seats", "a standing desk would be ideal, preferably white"
		rules.add((clause, original, out) -> {
			if (!aboutWriterOrFragment(original) || HYPOTHETICAL.matcher(clause).find() || NOT_NOW_HABIT.matcher(clause).find()
					|| compiled("\\bfor\\s+(?:my|our|his|her|their|a)\\s+(?!own\\b)\\p{L}+", FLAGS).matcher(clause).find()) {
				return; // "a room with a view for my parents" is someone else's
			}
			Matcher kind = compiled("(?:^|\\b(?:looking for|after|want|need|prefer|'d like|would like|'d love|searching for)\\s+)(?<k>somewhere|something|a place|a hotel|a flat|an apartment|a room|a car|a sofa|a desk)\\s+"
					+ "(?:(?<w>with\\s+(?:a\\s+|an\\s+)?[\\p{L}\\d-]+(?:\\s+[\\p{L}\\d-]+)?)|(?<x>(?!(?:else|new|different|similar|better|like|to|for|that|which|i|we|you|in|on|at|around|under|over|about|from|this|nice|good|special|small|big)\\b)[\\p{L}-]{3,}(?:\\s+and\\s+[\\p{L}-]{3,})?))(?=\\s*$|\\s*[,.!;]|\\s+(?:please|pls|and|but|so|for|in|near|if|that|with)\\b)", FLAGS).matcher(clause);
			Matcher ideal = compiled("(?:^|\\bso\\s+|,\\s*)(?:an?\\s+)?(?<x>(?!(?:something|anything|that|this|it|which|one|any|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|next|a refund|refund|a call|call|a reply|a discount|a replacement|replacement|delivery|an update)\\b)[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+would\\s+be\\s+(?:ideal|perfect)\\b"
					+ "(?:\\s*,\\s*preferably\\s+(?<p>(?!(?:near|with|in|on|at|before|after|by|under|over|around|without|not|from|close)\\b)[\\p{L}-]+(?:\\s+(?:or|and)\\s+[\\p{L}-]+)?)(?=\\s*$|\\s*[,.!;]))?", FLAGS).matcher(clause);
			if (kind.find() && (kind.start() > 0 || opensSentence(clause, original)) && !compiled("^(?:like|else|more|less)\\b|^(?!(?:leather|silver|copper|rubber|paper|timber|amber|lavender)\\b)\\p{L}+er\\b", FLAGS).matcher(kind.group("x") == null ? "" : kind.group("x")).find()) {
				// "something stronger", "something cheaper": a comparison asked for this once
				String said = lower(kind.group("w") != null ? kind.group("w") : kind.group("x"));
				String what = lower(kind.group("k")) + " " + said;
				if (!isJunk(compiled("^with\\s+").matcher(said).replaceFirst("")) && !compiled("\\d").matcher(kind.group("x") == null ? "" : kind.group("x")).find()) {
					out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(what), "Wants " + what, what, Map.of("prefers", what), 0.65, false, 1));
				}
			}
			if (ideal.find() && !compiled("[$€£\\d]").matcher(ideal.group("x")).find() && !isJunk(ideal.group("x"))) {
				String what = lower(ideal.group("x"));
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(what), "Prefers " + article(what) + " " + what, what, Map.of("prefers", what), 0.65, false, 1));
				if (ideal.group("p") != null && !compiled("\\b(?:today|tomorrow|before|after|by|asap|soon|morning|afternoon|evening|weekday|weekend)\\b", FLAGS).matcher(ideal.group("p")).find()) {
					String how = lower(ideal.group("p"));
					out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(how), "Prefers " + how, how, Map.of("prefers", how), 0.6, false, 1));
				}
			}
		});
		// what the household will not eat: "nobody in this house eats mushrooms", "none of us eat pork"
		rule("^(?:and\\s+|honestly\\s+|but\\s+)*(?:nobody|no one|none of us)(?:\\s+in\\s+(?:this|our|my|the)\\s+(?:house|household|family|home))?\\s+(?:eats?|likes?|will eat|drinks?)\\s+(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)(?=\\s*$|\\s*[,.!]|\\s+(?:so|and|but|please|pls)\\b)", (m, out) -> {
			String food = lower(m.group("x"));
			if (!isJunk(food) && !compiled("^(?:it|that|this|them|anything|much|here|there|out)\\b", FLAGS).matcher(food).find()) {
				out.accept(fact(PREFERENCES, "dislike", "dislikes_" + slug(food), "Nobody in their household eats " + food, food, Map.of("dislikes", food), 0.7, false, -1));
			}
		});
		// a routine with its day or frequency: "I volunteer at a dog shelter on Saturdays", "I drive for work 3-4 days a week",
		// "I'm on calls with US clients most evenings", "I've been going to the Northside club 4 mornings a week"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^(?:i|we)\\s+|^(?:i'm|i am|im|we're|we are)\\s+(?:based|living)\\s+in\\s+[^,;]{1,30}?\\s+and\\s+)(?:usually\\s+|mostly\\s+|normally\\s+|also\\s+|still\\s+|generally\\s+)?(?<v>\\p{L}+)\\s+(?<x>[^,;]{0,45}?)\\s*,?\\s+(?<w>" + ROUTINE_WHEN + ")\\b"
					+ "|^(?:i'm|i am|im)\\s+(?:usually\\s+|mostly\\s+)?(?<s>on calls|in meetings|on the road|on site|at the gym|in the office|at the office|on shift)(?<y>[^,;]{0,35}?)\\s+(?<t>" + ROUTINE_WHEN + ")\\b"
					+ "|^(?:i've been|i have been)\\s+(?<g>\\p{L}+ing)\\s+(?<z>[^,;]{0,40}?)\\s+(?<u>" + ROUTINE_WHEN + ")\\b", FLAGS).matcher(clause);
			if (!m.find() || NOT_NOW_HABIT.matcher(clause).find() || ONE_OFF.matcher(original).find() || HYPOTHETICAL.matcher(clause).find()) {
				return;
			}
			int whenAt = m.start(m.group("w") != null ? "w" : m.group("t") != null ? "t" : "u");
			if (NOT_A_ROUTINE.matcher(compiled("\\bbeen going to\\b", FLAGS).matcher(clause.substring(0, whenAt)).replaceFirst("been at")).find()) {
				return; // "I want to swim every day" is a plan; "I've been going to the club 4 mornings a week" is not
			}
			String said;
			String what;
			if (m.group("v") != null) {
				String verb = lower(m.group("v"));
				if (PAST_OR_STATE_VERBS.contains(verb) || NOT_ROUTINE_VERBS.contains(verb) || verb.endsWith("ed") || verb.endsWith("ing") || verb.endsWith("'t")
						|| compiled("want|need|would|will|can|could|should|must|might|may|love|like|hate|prefer|enjoy|think|know|feel|hope|wish|plan|try|always|never|only|just|really|do|don't|am|is|get").matcher(verb).matches()) {
					return;
				}
				String object = lower(m.group("x")).strip();
				if (compiled("\\b(?:you|your|this|that|them|order|refund|account|there|here|and)\\b|\\b(?:my|the|our|their|his|her|of|for|with|in|on)$", FLAGS).matcher(object).find()
						|| compiled("\\bit\\b", FLAGS).matcher(object).find() && !compiled("ride|drive|cycle|take|walk").matcher(verb).matches()) {
					return;
				}
				what = verb + (object.isEmpty() ? "" : " " + object);
				said = capitalise(thirdPerson(verb, object.isEmpty() ? null : object) + " " + lower(m.group("w")));
			}
			else if (m.group("s") != null) {
				what = lower(m.group("s"));
				said = "Is " + what + compiled("\\bmy\\b").matcher(lower(m.group("y"))).replaceAll("their") + " " + lower(m.group("t"));
			}
			else {
				what = lower(m.group("g")) + " " + lower(m.group("z")).strip();
				said = "Has been " + compiled("\\bmy\\b").matcher(what).replaceAll("their") + " " + lower(m.group("u"));
			}
			out.accept(fact(BEHAVIOR, "routine", "routine_said_" + slug(what), said, what, Map.of("routine", lower(said)), 0.65, false));
		});
		// the only hours they have for a thing: "I can only study evenings after 8pm and on weekends"
		rule("^i\\s+(?:can|could)\\s+only\\s+(?:really\\s+)?(?<v>study|work|train|practi[cs]e|play|game|learn|revise|do (?:lessons|classes|sessions|the course|online classes))\\s+"
				+ "(?<w>(?:in\\s+the\\s+)?(?:evenings|mornings|afternoons|nights|weekends|afternoon|morning|evening)(?:\\s+(?:after|before)\\s+\\d{1,2}\\s*(?:am|pm)?)?(?:\\s+(?:and|or)\\s+(?:on\\s+|at\\s+)?weekends)?"
				+ "|(?:after|before)\\s+\\d{1,2}\\s*(?:am|pm)(?:\\s+(?:and|or)\\s+(?:on\\s+|at\\s+)?weekends)?|(?:on|at)\\s+weekends)\\b", (m, out) -> {
			String verb = lower(m.group("v"));
			String when = lower(m.group("w"));
			out.accept(fact(BEHAVIOR, "routine", "routine_free_" + slug(verb), "Can only " + verb + " " + when, verb + " " + when, Map.of("routine", verb + " " + when), 0.65, false));
		});
		// the role or side they play: "i main support in ranked", "I main Mercy"
		rule("^i\\s+(?:usually\\s+|mostly\\s+|always\\s+)?main\\s+(?<x>[\\p{L}0-9' -]{2,25}?)(?=\\s+(?:in|on|at|for|since|and|but|so|these days|now)\\b|\\s*[,.!]|$)", (m, out) -> {
			String role = m.group("x").strip();
			if (!isJunk(role) && !compiled("^(?:the|a|an|my|it|this|that|character)$", FLAGS).matcher(role).find()) {
				out.accept(fact(PREFERENCES, "preference", "mains_" + slug(role), "Mains " + role, role, Map.of("plays_as", role), 0.7, false, 1));
			}
		});
		// how they get in, said with "in" alone: "I cycle in and need a locker", "I usually walk in" (the other forms,
		// "I cycle to work", are the commute rule's; the same subject keeps one fact)
		rule("^i\\s+(?:usually\\s+|always\\s+|normally\\s+|now\\s+|mostly\\s+)?(?<v>cycle|bike|walk|drive)\\s+in(?=\\s*$|\\s*[,.!]|\\s+(?:and|so|but|every|each|most|daily)\\b)", (m, out) -> {
			String verb = lower(m.group("v"));
			String how = switch (verb) {
				case "walk" -> "on foot";
				case "drive" -> "by car";
				default -> "by bike";
			};
			out.accept(fact(BEHAVIOR, "routine", "routine_commute", "Commutes " + how + " (" + thirdPerson(verb, "in") + ")", "commute " + how, Map.of("routine", "commutes " + how), 0.65, true));
		});
		// a named assistive tool: "I'm blind and use the NVDA screen reader", "I use ZoomText at 400%"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^i\\s+|^(?:i'm|i am|im|i have|i've got|i've)\\b[^,;]{0,30}?\\band\\s+)(?:also\\s+|mostly\\s+|always\\s+)?(?:use|rely on|work with)\\s+(?:the\\s+|a\\s+)?(?<x>nvda|jaws|voiceover|talkback|zoomtext|dragon(?: naturallyspeaking)?|narrator|supernova|fusion|read&write|claroread|windows magnifier|apple zoom)\\b(?<k>\\s+(?:screen ?reader|magnifier|software|dictation))?", FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original)) {
				String tool = m.group("x") + (m.group("k") == null ? "" : lower(m.group("k")));
				out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(tool), "Uses " + tool, m.group("x"), Map.of("habit", "uses " + lower(tool)), 0.7, false));
			}
		});
		// the tools they work in all day: "we basically live in Figma and Notion all day"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?i:^(?:i|we)\\s+|\\b(?:and|but)\\s+)(?i:basically\\s+|practically\\s+|pretty much\\s+|just\\s+)?(?i:live\\s+in)\\s+(?<x>\\p{Lu}[\\p{L}\\d]+)(?:\\s*(?:,|and|&)\\s*(?<y>\\p{Lu}[\\p{L}\\d]+))?\\s+(?i:all day|every day|24/7)\\b").matcher(clause);
			if (m.find() && writersClause(clause, original)) {
				for (String tool : m.group("y") == null ? List.of(m.group("x")) : List.of(m.group("x"), m.group("y"))) {
					out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(tool), "Works in " + tool + " all day", tool, Map.of("habit", "works in " + lower(tool)), 0.65, false));
				}
			}
		});
		// the language they want the thing in: "app keeps switching to german, I want it in English please"
		rule("^i\\s+(?:want|need|'d like|would like|prefer)\\s+(?:it|everything|the app|the site|the interface|the website|the menus?)\\s+(?:all\\s+)?in\\s+(?<x>\\p{L}+)(?=\\s*$|\\s*[,.!]|\\s+(?:please|pls|plz|thanks|again|not)\\b)", (m, out) -> {
			String language = lower(m.group("x"));
			if (Lexicon.LANGUAGES.contains(language)) {
				String name = capitalise(language);
				out.accept(fact(COMMUNICATION, "reply_language", "reply_language", "Wants things in " + name, name, Map.of("language", name), 0.75, true));
			}
		});
		// the days they are in, said after a comma: "I'm a UX researcher at a fintech, mostly in Tue and Thu"
		rules.add((clause, original, out) -> {
			Matcher m = compiled(",\\s*(?:mostly|usually|normally|only)\\s+in\\s+(?:the office\\s+|the studio\\s+|person\\s+)?(?:on\\s+)?(?<w>" + DAY_ABBR + "s?(?:\\s*(?:,|and|&|/|-|–)\\s*" + DAY_ABBR + "s?){1,3})\\b", FLAGS).matcher(clause);
			if (m.find() && compiled("^(?:i'm|i am|im|i work)\\b", FLAGS).matcher(clause).find() && aboutWriter(original) && !NOT_NOW_HABIT.matcher(clause).find()) {
				String when = m.group("w");
				out.accept(fact(BEHAVIOR, "routine", "routine_in_office", "Is mostly in on " + when, "in " + when, Map.of("routine", "in on " + lower(when)), 0.65, false));
			}
		});
		// the hours they keep, said after a comma: "mostly working 9-3" (a clause of its own with its "I'm" after a
		// state: "I'm a proofreader, mostly working 8-2"), "mostly play late like 11pm-3am EST"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*)(?:(?:i|i'm|im|i am)\\s+)?(?:mostly|usually|normally|generally|always)\\s+(?<v>work|working|play|playing|game|gaming|study|studying|train|training|stream|streaming)\\s+(?:late\\s+|early\\s+)?(?:like\\s+|around\\s+|from\\s+|between\\s+)?"
					+ "(?<w>\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?\\s*(?:-|–|to|till|until)\\s*\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?)(?!\\s*(?:%|kg|km|miles|hours|people|days))\\b", FLAGS).matcher(clause);
			if (!m.find() || !compiled("^(?:i|i'm|im|i am|hi|hey|hello|yo|mostly|usually|normally|generally)\\b", FLAGS).matcher(LEADING.matcher(original.strip()).replaceFirst("")).find() || !aboutWriter(original)
					|| NOT_NOW_HABIT.matcher(clause).find()) {
				return;
			}
			String verb = compiled("ing$").matcher(lower(m.group("v"))).replaceFirst("").replace("gam", "game");
			String when = compiled("\\s+").matcher(m.group("w")).replaceAll("");
			out.accept(fact(BEHAVIOR, "routine", "routine_hours_" + slug(verb), "Usually " + thirdPerson(verb, null) + " " + when, verb + " " + when, Map.of("routine", verb + " " + when), 0.65, false));
		});
		// the device they do a thing on: "I play mostly on Switch in handheld mode", "I use the app mainly on my Android"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^i\\s+(?:mostly\\s+|mainly\\s+|usually\\s+|only\\s+|always\\s+|normally\\s+)?(?<v>use\\s+(?:it|the app|this app|your app|the site|this)|play|game|read|watch|stream)\\s+(?:mostly\\s+|mainly\\s+|usually\\s+|always\\s+|only\\s+|normally\\s+)?on\\s+(?:my\\s+|the\\s+|a\\s+|an\\s+)?"
					+ "(?<x>android|iphone|ipad|nintendo switch|switch|ps5|ps4|playstation|xbox|pc|mac|macbook|kindle|steam deck|chromebook|smart tv|apple tv|fire ?stick)\\b", FLAGS).matcher(clause);
			if (!m.find() || NOT_NOW_HABIT.matcher(clause).find() || ONE_OFF.matcher(original).find()) {
				return;
			}
			String device = compiled("\\p{Lu}").matcher(m.group("x")).find() ? m.group("x") : lower(m.group("x"));
			String verb = lower(m.group("v"));
			String said = verb.startsWith("use") ? "Uses " + verb.substring(4) + " on their " + device : capitalise(thirdPerson(verb, null)) + " on " + device;
			out.accept(fact(BEHAVIOR, "channel", "channel_said_" + slug(device), said, device, Map.of("habit", lower(said)), 0.65, false));
		});
	}

	private static final String MONTH_NAMES = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

	private static String channelOfVerb(String verb) {
		String v = lower(verb);
		return switch (v) {
			case "call", "ring", "phone" -> "phone";
			case "message" -> "text";
			case "e-mail" -> "email";
			default -> v;
		};
	}

	/** What a body needs of a place or a thing: step-free access, a lift, a ground-floor room, large print. */
	private static final Pattern ACCESS_NEED = Pattern.compile("\\b(?:step[- ]free|wheelchair|level access|accessible|ramps?|lifts?|elevators?|ground[- ]floor|grab rails?|"
			+ "large print|big print|subtitles|captions|hearing loop|walk-in shower|disabled (?:access|parking|toilet|bathroom))\\b", FLAGS);

	private void roundSixNeeds() {
		// a diet asked for with a reason or on its own: "I'm Muslim so halal only please", "Kosher only, thanks"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|\\bso\\s+)(?<x>halal|kosher|vegan|vegetarian|gluten[- ]free|dairy[- ]free)\\s+only\\b(?!\\s+(?:for|tonight|today|this|at|on)\\b)(?!\\s+(?:menu|option|section|restaurant|place|places))", FLAGS).matcher(clause);
			if (m.find() && aboutWriterOrFragment(original) && !ONE_OFF.matcher(original).find()) {
				diet(lower(m.group("x")).replace(' ', '-'), 0.75, out);
			}
		});
		// how they always pay, said without "I" (with it, the habit rule reads it): "always pay with Apple Pay btw", "Paid with PayPal like I always do"
		rule("^(?:always|usually|normally|only|mostly|generally)\\s+pay\\s+(?:with|by|via|using|through|on)\\s+(?:my\\s+)?(?<x>" + PAYMENT + ")\\b"
				+ "|^paid\\s+(?:with|by|via|using|through|on)\\s+(?:my\\s+)?(?<y>" + PAYMENT + ")\\s+(?:like|as)\\s+(?:i\\s+)?(?:always|usually|normally)(?:\\s+do)?\\b", (m, out) -> {
			String how = m.group("x") != null ? m.group("x") : m.group("y");
			String name = switch (lower(how)) {
				case "apple pay" -> "Apple Pay";
				case "google pay" -> "Google Pay";
				case "paypal" -> "PayPal";
				case "klarna", "clearpay", "afterpay", "amex", "visa", "mastercard", "revolut", "venmo", "monzo" -> capitalise(lower(how));
				default -> lower(how);
			};
			out.accept(fact(PREFERENCES, "payment", "payment_method", "Pays with " + name, name, Map.of("payment_method", name), 0.7, true));
		});
		// "I'm 24 weeks pregnant", "I'm six months pregnant": a state to respect (constraints)
		rule("^(?:i'm|i am|im)\\s+(?:currently\\s+|now\\s+|about\\s+|nearly\\s+|almost\\s+)?(?<n>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\\s+(?<u>weeks?|months?)\\s+pregnant\\b", (m, out) -> {
			String along = lower(m.group("n")) + " " + lower(m.group("u"));
			out.accept(fact(CONSTRAINTS, "health", "health_pregnant", "Is pregnant (" + along + ")", "pregnant", Map.of("condition", "pregnant", "along", along), 0.85, false));
		});
		// Foods given up: "I quit sugar two years ago", "I've cut out dairy", "gave up caffeine last year"
		rule("^(?:i\\s+|i've\\s+|i have\\s+)?(?:recently\\s+|completely\\s+|just\\s+|totally\\s+|also\\s+)?(?:quit|gave up|given up|cut out|stopped eating|stopped drinking)\\s+(?<x>" + FOODS + "|carbs|bread|fizzy drinks|soda|processed food|junk food|coffee)\\b(?!\\s+(?:for|until|till)\\s+(?:lent|january|a (?:week|month)|the (?:week|month)|now)\\b)", (m, out) -> {
			String food = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "diet_restriction", "avoids_" + slug(food), "Avoids " + food + " (gave it up)", food, Map.of("avoids", food), 0.75, false));
		});
		// Sleep and income as needs: "I'm a light sleeper", "I'm a pensioner on a fixed income"
		rule("^(?:i'm|i am|im)\\s+(?:a\\s+|such a\\s+)?(?:very\\s+|really\\s+|super\\s+|extremely\\s+)?(?<x>light|terrible|bad|poor)\\s+sleeper\\b", (m, out) ->
				out.accept(fact(CONSTRAINTS, "health", "light_sleeper", "Is a " + lower(m.group("x")) + " sleeper", lower(m.group("x")) + " sleeper", Map.of("condition", lower(m.group("x")) + " sleeper"), 0.75, false)));
		rule("^(?:i'm|i am|im|we're|we are|we live|i live)\\b(?:\\s+(?:an?\\s+)?[\\p{L}-]+){0,3}?\\s+on\\s+a\\s+(?<x>fixed|low|limited|small|tight|single)\\s+income\\b", (m, out) -> {
			String income = lower(m.group("x")) + " income";
			out.accept(fact(CONSTRAINTS, "budget", "budget_income", "Is on a " + income, income, Map.of("income", income), 0.75, false));
		});
		// Religious fasting: "I'm fasting for Ramadan so ..."
		rule("^(?:i'm|i am|im|we're|we are)\\s+(?:currently\\s+|also\\s+)?(?:fasting|observing)\\s+(?:for\\s+|during\\s+)?(?<x>ramadan|lent|yom kippur|navratri)\\b", (m, out) -> {
			String fast = capitalise(lower(m.group("x")));
			out.accept(fact(CONSTRAINTS, "religion", "fasting_" + slug(fast), "Is fasting for " + fast, fast, Map.of("fasting", fast), 0.75, false));
		});
		// An aid the writer uses, said as what they are: "As a wheelchair user I need ...", "as a hearing aid user"
		rule("^as\\s+an?\\s+(?:full-time\\s+|part-time\\s+)?(?<x>wheelchair|mobility scooter|cane|walking stick|crutch|hearing aid|cochlear implant)\\s+user\\b", (m, out) -> {
			String aid = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + slug(aid), "Uses " + article(aid) + " " + aid, aid, Map.of("aid", aid), 0.85, false));
		});
		// A format that helps them, with the one it replaces: "plain text emails instead of images would really help"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|\\bso\\s+|,\\s*)(?<x>plain[- ]text|large print|large text|bigger text|bigger font|audio|written instructions|simple words|simpler words|simple language|short sentences)(?<w>\\s+(?:e-?mails?|messages|letters|documents|versions?|instructions|replies|answers))?"
					+ "(?:\\s+instead of\\s+[\\p{L} ]{2,20}?)?\\s+(?:would\\s+(?:really\\s+|genuinely\\s+|honestly\\s+)?help|would be (?:better|easier|great|ideal)|(?:really\\s+)?helps?|works? (?:best|better)|(?:is|are) (?:much\\s+)?(?:better|easier))\\b", FLAGS).matcher(clause);
			if (m.find() && compiled("\\b(?:i|i'm|im|me|my)\\b", FLAGS).matcher(original).find() && aboutWriterOrFragment(original)) {
				String format = lower(m.group("x")).replace("plain-text", "plain text") + (m.group("w") == null ? "" : lower(m.group("w")));
				out.accept(fact(COMMUNICATION, "format", "format_" + slug(format), "Prefers " + format, format, Map.of("format", format), 0.75, false));
			}
		});
		// Messages they do not want: "Please stop emailing me about promotions", "can u not send me push notifications at 3am pls"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:can|could)\\s+(?:u|you)\\s+(?:please\\s+|pls\\s+)?(?:not|stop)\\s+(?:send(?:ing)?\\s+me\\s+)|(?:please\\s+|pls\\s+)?(?:stop|no more|don't send me|do not send me)\\s+(?:sending\\s+me\\s+)?)"
					+ "(?<x>(?:push\\s+)?notifications|marketing (?:e-?mails|texts|messages)|promotional (?:e-?mails|texts|messages)|promo (?:e-?mails|texts)|newsletters|promotions|spam|texts|e-?mails)"
					+ "(?<w>\\s+(?:at|after|before|between)\\s+" + SLEEP_TIME + ")?", FLAGS).matcher(clause);
			Matcher verb = compiled("^(?:please\\s+|pls\\s+)?stop\\s+(?<v>emailing|texting|messaging|spamming)\\s+me\\s+(?:about|with)\\s+(?<x>promotions|offers|deals|sales|marketing|newsletters|updates)\\b", FLAGS).matcher(clause);
			if (!original.strip().endsWith("?") && m.find()) {
				String what = lower(m.group("x")).replace("e-mails", "emails");
				String when = m.group("w") == null ? "" : " (" + lower(m.group("w")).strip() + ")";
				out.accept(fact(COMMUNICATION, "contact_channel", "avoid_" + slug(what), "Does not want " + what + when, what, Map.of("avoid", what + when), 0.75, false, -1));
			}
			else if (!original.strip().endsWith("?") && verb.find()) {
				String what = lower(verb.group("v")).replace("emailing", "emails").replace("texting", "texts").replace("messaging", "messages").replace("spamming", "messages")
						+ " about " + lower(verb.group("x"));
				out.accept(fact(COMMUNICATION, "contact_channel", "avoid_" + slug(what), "Does not want " + what, what, Map.of("avoid", what), 0.75, false, -1));
			}
		});
		// The device they write from, and the hours they can answer: "I'm writing from my work laptop", "I can only chat between 9 and 5 UK time"
		rule("^(?:i'm|i am|im)\\s+(?:usually\\s+|always\\s+|mostly\\s+)?(?:writing|messaging|typing|chatting)\\s+(?:from|on)\\s+my\\s+(?<x>(?:work\\s+|old\\s+|personal\\s+)?(?:laptop|phone|computer|pc|mac|macbook|ipad|tablet|desktop|chromebook))\\b", (m, out) -> {
			String device = lower(m.group("x")).replace("ipad", "iPad").replace("macbook", "MacBook");
			out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(device), "Writes from their " + device, device, Map.of("habit", "writes from their " + device), 0.65, false));
		});
		rule("^i\\s+(?:can|could)\\s+only\\s+(?:really\\s+|ever\\s+|usually\\s+)?(?<v>chat|talk|reply|respond|message|be online|be reached|check (?:my\\s+)?messages|drop by|drop in|pop in|come in|come by|visit|pick up|collect|book (?:classes|sessions|appointments|lessons)|train|shop)\\s+"
				+ "(?<w>(?:between|after|before|from|until|till)\\s+" + SLEEP_TIME + "(?:\\s*(?:and|-|to)\\s*" + SLEEP_TIME + ")?(?:\\s+(?:uk|us|cet|est|pst|gmt|utc|local)\\s+time)?(?:\\s+(?:most days|on weekdays|weekdays|during the week|most weeks))?)(?![\\p{L}\\d])", (m, out) -> {
			String verb = lower(m.group("v"));
			String when = compiled("\\b(?:uk|us|cet|est|pst|gmt|utc)\\b").matcher(lower(m.group("w"))).replaceAll(zone -> zone.group().toUpperCase(Locale.ROOT));
			String said = "Can only " + verb + " " + when;
			out.accept(fact(BEHAVIOR, "availability", "availability_" + slug(verb), said, verb + " " + when, Map.of("availability", lower(said)), 0.65, false));
		});
		// When in the day a routine falls, said after it: "I ride about 200km a week, mostly early mornings before work"
		rule("^i\\s+(?:usually\\s+|normally\\s+)?(?<v>ride|run|cycle|swim|train|walk|work out|lift|climb|row|study|read|shop|play|practi[sc]e|skate|surf|hike)\\b[^,]{0,40},\\s*(?:mostly|usually|always|normally|generally|often|typically)\\s+(?:in\\s+the\\s+|on\\s+|at\\s+)?"
				+ "(?<w>(?:early\\s+|late\\s+)?(?:mornings|evenings|nights|afternoons|lunchtimes|weekends|weekdays)(?:\\s+(?:before|after)\\s+work)?)\\b", (m, out) -> {
			String verb = lower(m.group("v"));
			String when = lower(m.group("w"));
			String said = capitalise(thirdPerson(verb, "mostly " + when));
			out.accept(fact(BEHAVIOR, "routine", "routine_time_" + slug(verb), said, verb + " " + when, Map.of("routine", lower(said)), 0.65, false));
		});
		// Where to send things from now on: "(can you) send the invoice to my email instead", "forward everything to my WhatsApp from now on"
		rule("^(?:please\\s+|pls\\s+|just\\s+)?(?:send|forward)\\s+(?:me\\s+)?(?:it|them|this|that|everything|(?:the|my|a|an|any|all|future)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:to|by|via)\\s+(?:my\\s+)?"
				+ "(?<x>email|e-mail|inbox|whatsapp|post)(?:\\s+address)?\\s+(?:instead|from now on|in future|in the future|going forward|rather than)\\b", (m, out) ->
				channel(lower(m.group("x")).equals("e-mail") || lower(m.group("x")).equals("inbox") ? "email" : lower(m.group("x")), out));
		// How they want their explanations: "could you explain things step by step please?", "explain everything simply"
		rule("^(?:please\\s+|pls\\s+|just\\s+)?explain\\s+(?:things|everything|stuff|it all)\\s+(?:to me\\s+)?(?:(?:simply|clearly|slowly|plainly|properly)\\s*,?\\s*(?:and\\s+)?)?(?<x>step by step|step-by-step|slowly)\\b", (m, out) -> {
			String how = lower(m.group("x")).replace("step-by-step", "step by step");
			out.accept(fact(COMMUNICATION, "answer_style", "answer_style", "Prefers things explained " + how, how, Map.of("answer_style", how), 0.75, true));
		});
		// Letters and titles: "I would prefer all future correspondence to be in writing", "addressed to Dr. Okonkwo rather than by first name"
		rule("^i(?:'d| would)?\\s+(?:prefer|like|rather)\\s+(?:all\\s+|any\\s+)?(?:future\\s+|further\\s+)?(?:correspondence|communication|communications|contact|updates)\\s+(?:to be\\s+|to come\\s+)?(?<x>in writing|by post|by letter|by email|by e-mail|in print)\\b", (m, out) ->
				channel(lower(m.group("x")).replace("by ", "").replace("e-mail", "email"), out));
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\baddressed\\s+(?:to|as)\\s+(?<x>(?:dr|mr|mrs|ms|mx|prof|professor|miss|sir|madam)\\.?\\s+\\p{Lu}[\\p{L}'-]+)\\s+(?:rather than|instead of|not)\\s+(?:by\\s+)?(?:my\\s+)?first name\\b", FLAGS).matcher(clause);
			if (m.find() && aboutWriterOrFragment(original)) {
				String x = m.group("x").strip();
				out.accept(fact(COMMUNICATION, "address", "preferred_name", "Prefers to be called " + x, x, Map.of("preferred_name", x), 0.8, true));
			}
		});
		// A delivery or booking time they prefer: "so I'd prefer deliveries after sunset", "I'd prefer appointments in the morning"
		rule("^i(?:'d| would)\\s+(?:much\\s+)?prefer\\s+(?:my\\s+|all\\s+|the\\s+)?(?<x>deliveries|delivery|appointments?|bookings?|collections?|calls|visits)\\s+"
				+ "(?<w>(?:after|before|between)\\s+(?:sunset|sunrise|dark|work|school|noon|midday|lunch|" + SLEEP_TIME + ")|in the (?:mornings?|afternoons?|evenings?)|on (?:weekends|weekdays|saturdays|sundays))\\b", (m, out) -> {
			String what = lower(m.group("x"));
			String when = lower(m.group("w"));
			out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(what) + "_time", "Prefers " + what + " " + when, what + " " + when, Map.of("prefers", what + " " + when), 0.7, false, 1));
		});
		// A fit asked for with its reason: "i have flat feet so wide fit pls", "broad shoulders so relaxed fit only"
		rule("(?:^|\\bso\\s+)(?:always\\s+)?(?<x>(?:extra[- ])?wide(?:[- ]fit(?:ting)?)?|narrow fit|slim fit|regular fit|relaxed fit|loose fit|tall fit|long leg|petite)\\s+(?:please|pls|plz|only|always)\\b", (m, out) -> {
			String fit = lower(m.group("x")).replace('-', ' ');
			fit = fit.equals("wide") || fit.equals("extra wide") ? fit + " fit" : fit;
			out.accept(fact(PREFERENCES, "fit", "fit_" + slug(fit), "Prefers " + fit, fit, Map.of("fit", fit), 0.7, true));
		});
		// A health device they wear or use: "I use a Dexcom", "I wear a Libre sensor", "I'm on an Omnipod"
		rule("^i\\s+(?:also\\s+|now\\s+)?(?:use|wear|have|'m on|am on)\\s+(?:an?\\s+|my\\s+)?(?<x>dexcom(?:\\s+g\\d)?|(?:freestyle\\s+)?libre(?:\\s+\\d)?|omnipod(?:\\s+\\d)?|insulin pump|cgm|cpap(?:\\s+machine)?|oura ring|whoop(?:\\s+strap)?|tandem(?:\\s+pump)?)\\b", (m, out) -> {
			String device = lower(m.group("x")).replace("dexcom", "Dexcom").replace("freestyle", "FreeStyle").replace("libre", "Libre").replace("omnipod", "Omnipod").replace("oura", "Oura").replace("whoop", "Whoop").replace("tandem", "Tandem").replace("cgm", "CGM").replace("cpap", "CPAP");
			out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(device), "Uses " + article(device) + " " + device, device, Map.of("habit", "uses " + device), 0.7, false));
		});
		// Free time on a kind of day: "so I've got time on weekdays for the workshop", "I have time in the evenings"
		rule("^(?:i've\\s+got|i\\s+have|i've|i\\s+have\\s+got|i\\s+only\\s+have|i've\\s+only\\s+got)\\s+(?:more\\s+|lots of\\s+|plenty of\\s+)?(?:free\\s+)?time\\s+(?<w>on\\s+weekdays|on\\s+weekends|at\\s+weekends|in\\s+the\\s+(?:mornings|evenings|afternoons)|during\\s+the\\s+week|(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days)\\b", (m, out) -> {
			String when = lower(m.group("w"));
			out.accept(fact(BEHAVIOR, "availability", "availability_free_time", "Has time " + when, "time " + when, Map.of("availability", "time " + when), 0.65, false));
		});
		// A named thing called their favourite: "They're Nike Pegasus, my favourites", "it's the Aeropress, my favourite"
		rules.add((clause, original, out) -> {
			// the sentence, not the clause: its ", my favourites" is cut off as a clause of its own
			Matcher m = compiled("^(?:they're|they are|it's|it is|its)\\s+(?:the\\s+)?(?<x>\\p{Lu}[\\p{L}\\d'-]*(?:\\s+\\p{Lu}?[\\p{L}\\d'-]+){0,2}),\\s*(?:they're\\s+|it's\\s+)?my\\s+(?:absolute\\s+|all[- ]time\\s+|total\\s+)?favou?rites?\\b", FLAGS)
				.matcher(LEADING.matcher(original.strip()).replaceFirst(""));
			if (!m.find() || !opensSentence(clause, original)) {
				return;
			}
			String x = m.group("x").strip();
			if (!compiled("\\p{Lu}").matcher(x.substring(0, 1)).find() || isJunk(lower(x))) {
				return; // a brand or model is named with a capital; "it's fine, my favourite" names nothing
			}
			out.accept(fact(PREFERENCES, "favourite", "favourite_" + slug(x), "Favourite: " + x, x, Map.of("favourite", x), 0.7, false, 1));
		});
		// Where deliveries are left: "Just leave it at the door", "please always leave parcels in the porch"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:please\\s+|pls\\s+)?(?:just\\s+|always\\s+)+leave\\s+(?:it|them|parcels|packages|deliveries|my parcels|the parcel|the package)\\s+(?<w>(?:at|by|on|in|behind|under)\\s+(?:the\\s+|my\\s+)?(?:front\\s+|back\\s+)?(?:door|doorstep|porch|gate|step|steps|bins?|shed|garage|mailbox|letterbox)|with\\s+(?:a|the|my)\\s+neighbou?r)\\b", FLAGS).matcher(clause);
			if (m.find() && opensSentence(clause, original) && !ONE_OFF.matcher(original).find()) {
				String where = compiled("\\bmy\\b").matcher(lower(m.group("w"))).replaceAll("their");
				out.accept(fact(PREFERENCES, "delivery", "delivery_place", "Prefers deliveries left " + where, where, Map.of("delivery", "left " + where), 0.65, true));
			}
		});
		// What they try to avoid for their own reasons: "I do try to avoid palm oil", "I try not to buy fast fashion"
		rule("^i\\s+(?:do\\s+|really\\s+|always\\s+)?(?:try to|try and|try hard to)\\s+avoid\\s+(?<x>(?!(?:it|that|this|them|you|u)\\b)[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)(?=\\s*(?:[,.!;]|$)|\\s+(?:so|and|but|where|when|if|because)\\b)", (m, out) -> {
			String what = lower(m.group("x"));
			if (isJunk(what) || compiled("^(?:" + FOODS + ")$", FLAGS).matcher(what).matches()) {
				return; // foods are read by the food rules
			}
			out.accept(fact(PREFERENCES, "preference", "avoids_" + slug(what), "Tries to avoid " + what, what, Map.of("avoids", what), 0.7, false, -1));
		});
	}

	private static boolean aboutWriterOrFragment(String original) {
		return aboutWriter(original) && !FOR_SOMEONE_ELSE.matcher(original).find();
	}
	// ---------------------------------------------------------------- round four: habits, hobbies, tastes and plans

	/** Whether the sentence is about the writer: it does not open with someone else ("my son", "she", "you"). */
	private static boolean aboutWriter(String original) {
		String start = HEDGE.matcher(LEADING.matcher(original.strip()).replaceFirst("")).replaceFirst("");
		return !OTHER_SUBJECT.matcher(start).find() || MY_OWN.matcher(start).find();
	}

	/** What a customer considers doing with an order or a plan: an errand, not a plan of their life. */
	private static final String CUSTOMER_ERRAND = "(?i)^(?:ordering|returning|cancell?ing|upgrading|downgrading|renewing|reordering|complaining|"
			+ "(?:buying|getting|booking|trying|using|switching to)\\s+(?:the|this|that|these|those|one|two|it|another|a refund|your))\\b.*";
	/** Activities the fragment "Been <doing> X for years" already reads. */
	private static final String BEEN_DOING_ELSEWHERE = "playing|doing|practi[sc]ing|dancing|painting|collecting|surfing|climbing|running|cycling|swimming|knitting|cooking|baking|coding|programming|"
			+ "gardening|hiking|sailing|skating|boxing|lifting|rowing|meditating|journaling|brewing|fishing|writing|singing|drawing|skiing";
	/** "my goal is ...", "my plan is ...": sentences that open with "my" and are still about the writer. */
	private static final Pattern MY_OWN = Pattern.compile("^my\\s+(?:main\\s+|big\\s+|biggest\\s+|long-term\\s+|new year's\\s+)?(?:goal|plan|aim|dream|resolution|hope|target|ambition)s?\\s+(?:is|are|for)\\b", FLAGS);
	/** What ends a short fragment: its sentence, a clause, or a filler ("tbh", "lol"). */
	private static final String FRAGMENT_END = "(?=\\s*[,.!]|$|\\s+(?:and|so|but|since|for|here|tbh|ngl|honestly|lol|too|myself|at heart)\\b)";

	/** A clause that is the writer's: it opens with "I" or is a fragment that opens its sentence. */
	private static boolean writersClause(String clause, String original) {
		return clause.matches("(?i)^(?:i|i'm|im|i am|i've|i have|we|we're)\\b.*") || opensSentence(clause, original) && aboutWriter(original);
	}

	private static final String HOBBY_NOUN = "powerlifter|weightlifter|bodybuilder|crossfitter|triathlete|marathoner|ultrarunner|boulderer|climber|runner|"
			+ "cyclist|swimmer|surfer|skier|snowboarder|skateboarder|skater|hiker|golfer|gamer|birder|birdwatcher|angler|knitter|crocheter|quilter|"
			+ "rower|kayaker|paddleboarder|jogger|trail runner|cosplayer|homebrewer|beekeeper";
	/** A device or system they use the product on: that is behaviour (the channel), not a taste. */
	private static final String DEVICES = "phone|mobile|iphone|android|ipad|tablet|laptop|computer|pc|mac|macbook|desktop|chromebook|kindle|smartwatch|apple watch|watch";
	/** Platforms, services and devices people say they use: the hardware is behaviour (the channel), the rest a preference. */
	private static final String PLATFORMS = "iphone|ipad|android|mac|macbook|windows|linux|ubuntu|chromebook|kindle|apple watch|fitbit|garmin|strava|spotify|apple music|tidal|"
			+ "apple pay|google pay|samsung pay|paypal|monzo|revolut|alexa|google home|homekit|sonos|ps5|playstation|xbox|nintendo switch|steam deck|firefox|chrome|safari|whatsapp|telegram|signal";

	private static void platform(String raw, Consumer<ExtractedFact> out) {
		String x = lower(raw);
		String name = raw.matches(".*\\p{Lu}.*") ? raw : x;
		if (x.matches("iphone|ipad|mac|macbook|chromebook|kindle|apple watch|ps5|playstation|xbox|nintendo switch|steam deck")) {
			out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(x), "Uses " + article(name) + " " + name, name, Map.of("habit", "uses " + name), 0.65, false));
		}
		else if (x.matches("whatsapp|telegram|signal")) {
			return; // a contact channel: communication, read elsewhere
		}
		else {
			out.accept(fact(PREFERENCES, "preference", "uses_" + slug(x), "Uses " + name, name, Map.of("uses", name), 0.65, false, 1));
		}
	}

	/** "X head" for a fan, not a leader: "jazz head", "petrolhead"; "department head" is a job. */
	private static final Pattern NOT_A_FAN_HEAD = Pattern.compile("department|team|school|house|section|unit|deputy|office|project|hr|it|design|sales|family|household|"
			+ "division|ward|shift|group|bed|pot|air|egg|hot|bone|block|sleepy|my|the|a|head|sore|clear|level|big|thick|dept|branch|store|shop", FLAGS);
	/** Verbs of choosing: a habit with one of them ("I always pick the window seat") is a taste, not a behaviour. */
	private static final Pattern CHOICE_VERB = Pattern.compile("pick|choose|book|buy|fly|shop|order|go|opt|select|wear|drink|eat|carry|check|travel|pay|stay|sit|get|take|stick|avoid|skip|bring|tip|recycle|use", FLAGS);
	/** Where a commute goes: "(in) to work", "into the office". */
	private static final Pattern COMMUTE_TO = Pattern.compile("^\\s*(?:in\\s+to|into|to)\\s+(?:work|school|uni|college|campus|the office|the station)\\b", FLAGS);
	private static final Pattern LATER_RECURRING = Pattern.compile("\\b(?:every|each)\\s+(?:other\\s+)?(?:day|morning|evening|night|week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekday)\\b(?:\\s+(?:morning|evening|night|afternoon)s?)?"
			+ "|\\bmost\\s+(?:days|mornings|evenings|nights|weekends|weeks)\\b|\\bon\\s+(?:the\\s+)?weekends?\\b|\\bat\\s+(?:the\\s+)?weekends?\\b|\\bdaily\\b|\\b(?:in|on)\\s+the\\s+(?:mornings|evenings)\\b", FLAGS);

	private void roundFourHabits() {
		// Hobbies said with "in my spare time", "as a hobby", "for fun": "I write sci-fi in my spare time", "I restore old radios for fun"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^i\\s+(?:also\\s+|sometimes\\s+|mostly\\s+|mainly\\s+|still\\s+|like to\\s+|love to\\s+)?(?<v>\\p{L}+)\\s+(?<x>[^,;]{2,40}?)\\s+"
					+ "(?:in my (?:spare|free|down) time|in my downtime|as a hobby|for fun|for a hobby|when i'm not (?:working|at work))\\b", FLAGS).matcher(clause);
			if (!m.find() || ONE_OFF.matcher(original).find()) {
				return;
			}
			String verb = lower(m.group("v"));
			String object = phrase(m.group("x"));
			if (PAST_OR_STATE_VERBS.contains(verb) || verb.endsWith("ed") || verb.endsWith("'t") || verb.matches("work|sleep|relax|chill|rest|help|volunteer|earn|make|sell|do|go|play|listen|ride|collect|practi[sc]e") || HABIT_ELSEWHERE.matcher(verb).matches()
					|| object == null || isJunk(object) || words(object) > 4 || object.matches("(?i)^(?:to|at|on|in|with|for|it|this|that|them|him|her)\\b.*")) {
				return;
			}
			String subject = topic(object);
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(subject), capitalise(thirdPerson(verb, object)) + " in their spare time", subject,
					Map.of("topic", subject, "activity", verb), 0.75, false, 1));
		});
		// "have been a kettlebell nerd for years", "Been a Spurs fan since I was six", "pretty much a jazz head", "I'm a jazz head"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|^(?:i'm|im|i am)\\b[^,]*?\\band\\s+)(?:i(?:'ve|\\s+have)\\s+|have\\s+|'ve\\s+)?been\\s+an?\\s+(?:big\\s+|huge\\s+|massive\\s+|total\\s+|proper\\s+|lifelong\\s+|diehard\\s+|die-hard\\s+)?"
					+ "(?<x>[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?)\\s+(?<k>fan|nerd|geek|head|buff|fanatic|enthusiast|junkie|addict|obsessive|collector|supporter)\\b", FLAGS).matcher(clause);
			if (m.find() && (m.start() > 0 || clause.matches("(?i)^(?:i|i've|i have)\\b.*") || opensSentence(clause, original) && aboutWriter(original))
					&& !NOT_A_FAN_HEAD.matcher(m.group("x")).matches()) {
				interestNoun(m.group("x"), m.group("k"), out);
			}
		});
		fragment("^(?:pretty much|basically|kind of|kinda|sort of|a bit of|bit of|such|very much|definitely)\\s+(?:an?\\s+)?(?:total\\s+|proper\\s+|massive\\s+|huge\\s+|big\\s+|complete\\s+|absolute\\s+)?"
				+ "(?<x>[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?)\\s+(?<k>head|nerd|geek|fan|buff|fanatic|junkie|addict|enthusiast)" + FRAGMENT_END, (m, out) -> {
					if (!NOT_A_FAN_HEAD.matcher(m.group("x")).matches()) {
						interestNoun(m.group("x"), m.group("k"), out);
					}
				});
		fragment("^(?<a>an?\\s+)?(?<q>total\\s+|proper\\s+|massive\\s+|huge\\s+|big\\s+|complete\\s+|absolute\\s+)?(?<x>[\\p{L}0-9-]+)\\s+head(?<h>\\s+here)?" + FRAGMENT_END, (m, out) -> {
			// "jazz head here", "a proper techno head"; not a thing with a head ("shower head, how much?")
			if ((m.group("h") != null || m.group("a") != null && m.group("q") != null) && !NOT_A_FAN_HEAD.matcher(m.group("x")).matches()) {
				interestNoun(m.group("x"), "head", out);
			}
		});
		rule("^" + I_AM + "\\s+(?:such\\s+)?an?\\s+(?:total\\s+|proper\\s+|real\\s+|bit of an?\\s+)?(?<x>[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?)\\s+head\\b", (m, out) -> {
			if (!NOT_A_FAN_HEAD.matcher(m.group("x")).matches() && !NOT_A_FAN_HEAD.matcher(m.group("x").replaceFirst("^\\S+\\s+", "")).matches()) {
				interestNoun(m.group("x"), "head", out);
			}
		});
		Pattern fanWord = compiled("^(?:" + I_AM + "\\s+)?(?:such\\s+|a bit of\\s+|bit of\\s+|pretty much\\s+|basically\\s+)?(?:an?\\s+)?(?:total\\s+|proper\\s+|massive\\s+|huge\\s+|big\\s+|real\\s+)?"
				+ "(?<x>petrolhead|petrol head|gearhead|sneakerhead|metalhead|bookworm|cinephile|audiophile|oenophile|foodie|gym rat|film buff|movie buff|history buff|tech geek|car guy|car girl|swiftie|trekkie|whovian|potterhead|directioner|gooner|bookaholic)" + FRAGMENT_END, FLAGS);
		rules.add((clause, original, out) -> {
			Matcher m = fanWord.matcher(clause);
			if (m.find() && writersClause(clause, original) && !ONE_OFF.matcher(original).find()) {
				hobbyist(m.group("x"), out);
			}
		});
		// "I'm a vegan powerlifter", "I'm a weekend climber", "I'm a new runner"
		rule("^" + I_AM + "\\s+(?:also\\s+)?an?\\s+(?!(?:former|ex|retired|lapsed|recovering|wannabe|would-be|non|terrible|bad|useless)\\b)(?:[\\p{L}-]+\\s+)?(?<x>" + HOBBY_NOUN + ")(?=\\s*[,.!?]|$|\\s+(?:and|so|but|who|too|myself|at heart|here|in|from|with)\\b)",
				(m, out) -> hobbyist(m.group("x"), out));
		// "into birdwatching lately", "getting into bouldering", "I've been getting into vinyl"
		fragment("^(?:really\\s+|big\\s+|very\\s+|super\\s+|seriously\\s+|heavily\\s+|mostly\\s+)?into\\s+(?<x>(?!(?:the|a|an|my|your|his|her|their|our|it|its|this|that|town|work|bed|trouble|debt|you|u|week|day|month|year|round|part|chapter|level|season|episode|stage|phase|\\d+)\\b)[\\p{L}0-9][\\p{L}0-9' -]{1,30}?)"
				+ "(?:\\s+(?:lately|recently|these days|nowadays|big time|atm|rn))?(?=\\s*[,.!]|$)", (m, out) -> interestsIn(m.group("x"), out));
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i'm\\s+|im\\s+|i am\\s+|i've been\\s+|ive been\\s+|i have been\\s+|been\\s+)?(?:really\\s+|slowly\\s+|just\\s+|properly\\s+)?getting\\s+(?:really\\s+|properly\\s+|back\\s+|more\\s+)?into\\s+"
					+ "(?<x>(?!(?:the|a|an|my|your|his|her|their|our|it|its|this|that|town|work|bed|trouble|debt|shape|gear|position|character|uni|university|college|school|you|u)\\b)[\\p{L}0-9][\\p{L}0-9' -]{1,30}?)"
					+ "(?:\\s+(?:lately|recently|these days|nowadays|again|big time))?(?=\\s*[,.!]|$|\\s+(?:and|so|but|since)\\b)", FLAGS).matcher(clause);
			if (m.find() && !ONE_OFF.matcher(original).find() && !m.group("x").matches(".*\\d.*") && (m.group().matches("(?i)^(?:i|been).*") || opensSentence(clause, original) && aboutWriter(original))) {
				interestsIn(m.group("x"), out);
			}
		});
		// "been playing bass for 10 yrs, mostly funk and soul stuff": what the interest is mostly about
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?<lead>[^,]*\\b(?:listen(?:ing)? to|play(?:ing)?|into|love|fan of|read(?:ing)?|watch(?:ing)?|collect(?:ing)?|been (?:playing|listening|collecting|reading|watching))\\b[^,]*),\\s*"
					+ "(?:mostly|mainly|largely|esp\\.?|especially|particularly)\\s+(?<x>[\\p{L}0-9][\\p{L}0-9' &-]{1,40}?)(?:\\s+(?:stuff|music|tunes|stuff mostly))?\\s*[.!]*$", FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original) && !m.group("x").matches("(?i)^(?:on|in|at|for|when|with|during|the|weekends?|now|if|after|before|every|at|my|it)\\b.*")) {
				interestsIn(m.group("x"), out);
			}
		});
		// "Coltrane and Monk on repeat", "I've had Chappell Roan on repeat all week"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*)(?:i(?:'ve|\\s+have)?\\s+(?:got|had|have|been playing|been listening to)\\s+|been\\s+(?:playing|listening to)\\s+|(?:playing|listening to)\\s+)?"
					+ "(?<x>(?!(?:the|it|this|that|my|your|his|her|their|they|he|she|you)\\b)[\\p{L}0-9][\\p{L}0-9' &-]{1,40}?)\\s+on\\s+(?:repeat|loop|heavy rotation)\\b", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original)) {
				interestsIn(m.group("x"), out);
			}
		});
		rule("^(?<x>[\\p{L}][\\p{L} -]{1,25}?)\\s+(?:is|are)\\s+(?:basically\\s+|pretty much\\s+|literally\\s+|honestly\\s+)?my\\s+(?:whole|entire)\\s+(?:life|weekend|weekends|world|personality|summer|winter)\\b",
				(m, out) -> lovedAboveAll(m.group("x"), out));
		// "since moving I've been trying to find a decent climbing gym", "looking for a running club"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:i'm|im|i am|i've been|ive been|i have been|been|i)\\s+)?(?:still\\s+|currently\\s+)?(?:looking for|trying to find|hoping to find|searching for|want to join|trying to join|hoping to join|need)\\s+"
					+ "(?:a|an|some)\\s+(?:new\\s+|decent\\s+|good\\s+|local\\s+|proper\\s+|friendly\\s+|nearby\\s+|cheap\\s+|affordable\\s+|beginner-friendly\\s+|beginners\\s+)*"
					+ "(?<x>(?!(?:new|decent|good|local|cheap|24|24-hour|women's|kids|family|reliable)\\b)[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:gym|club|class|classes|team|group|league|studio|crew|meetup|society|wall)\\b", FLAGS).matcher(clause);
			if (m.find() && !ONE_OFF.matcher(original).find() && (m.group().matches("(?i)^(?:i|been).*") || opensSentence(clause, original) && aboutWriter(original))
					&& !m.group("x").matches("(?i).*\\b(?:book|cleaning|driving|support|kids|children|dog|baby|toddler|parent|parents|customer|staff|it|sales)\\b.*")) {
				String x = lower(m.group("x"));
				out.accept(fact(INTERESTS, "activity", "interest_" + slug(x), "Is looking for a " + x + " " + lower(m.group().replaceAll("^.*\\s(\\S+)$", "$1")), x,
						Map.of("topic", x, "activity", x), 0.65, false, 1));
			}
		});
		// Tastes: "dont like cilantro at all", "love anything spicy", "I use linux exclusively", "ideally fully remote",
		// "looking for hybrid roles", "so upbeat stuff pls"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i\\s+)?(?:really\\s+|just\\s+|honestly\\s+)?(?:dont|don't|do not)\\s+(?:really\\s+)?(?:like|enjoy|care for)\\s+(?<x>.+)", FLAGS).matcher(clause);
			if (!m.find() || !(clause.matches("(?i)^i\\b.*") || opensSentence(clause, original) && aboutWriter(original))) {
				return;
			}
			String object = phrase(m.group("x").replaceFirst("(?i)\\s+(?:at all|much|very much|tbh|one bit|either)\\b.*$", ""));
			if (object != null && !object.matches("(?i)^(?:to|it|when|how|what|being|getting|having|waiting|that|this|the way|your|my|his|her|them|him|people|anyone)\\b.*")
					&& !requestLike(object)) {
				dislike(object, out);
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i\\s*)?(?:really\\s+|just\\s+|absolutely\\s+)?(?:love|like|adore|enjoy|'ll eat|will eat|eat)\\s+anything\\s+(?<x>(?!(?:you|that|else|but|at|on|in|i|to|for)\\b)(?:with\\s+|by\\s+|from\\s+)?[\\p{L}-]+(?:\\s+(?!(?:the|and|but|so|lol|honestly|tbh|really|is|are|too|please|pls|or)\\b)[\\p{L}-]+){0,2})", FLAGS).matcher(clause);
			if (m.find() && (clause.matches("(?i)^i\\b.*") || opensSentence(clause, original) && aboutWriter(original)) && !ONE_OFF.matcher(original).find()) {
				String x = phrase(m.group("x"));
				if (x != null && words(x) <= 4 && !isJunk(x.replaceFirst("(?i)^(?:with|by|from)\\s+", ""))) {
					String subject = lower(x.replaceFirst("(?i)^(?:with|by|from)\\s+", ""));
					Matcher creator = compiled("^by\\s+(?<n>\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2})$").matcher(x);
					if (creator.find()) {
						// "I love anything by Brandon Sanderson": a creator whose work they follow is an interest, with the name as written
						String name = creator.group("n");
						out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(name), "Loves anything by " + name, name,
								Map.of("topic", name, "strength", "strong"), 0.75, false, 1));
						return;
					}
					out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(subject), "Likes anything " + lower(x), subject,
							Map.of("prefers", "anything " + lower(x)), 0.7, false, 1));
				}
			}
		});
		rule("^i\\s+(?:only\\s+|mostly\\s+|mainly\\s+)?use\\s+(?<x>(?!(?:it|this|that|the|a|an|my|your|them|you)\\b)[\\p{L}0-9+#.-]+(?:\\s+[\\p{L}0-9+#.-]+)?)\\s+(?:exclusively|only|for everything|100% of the time|all the time)\\b", (m, out) -> {
			String x = m.group("x");
			if (isJunk(x)) {
				return;
			}
			if (lower(x).matches("(?:an?\\s+)?(?:" + DEVICES + ")")) {
				out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(x), "Uses their " + lower(x) + " for everything", lower(x), Map.of("habit", "uses " + lower(x)), 0.65, false));
				return;
			}
			out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(x), "Uses " + x + " exclusively", x, Map.of("prefers", x), 0.7, false, 1));
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*)(?:ideally|preferably|ideally something)\\s+(?:fully\\s+|100%\\s+|totally\\s+|mostly\\s+)?(?<x>remote|hybrid|part[- ]time|full[- ]time|in[- ]person|office[- ]based|flexible hours|flexible|"
					+ "online|self-paced|evenings|weekends|mornings|daytime|non-stop|direct|window seat|aisle seat|ground floor|quiet|vegan|vegetarian)\\b", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original)) {
				String x = lower(m.group("x"));
				String said = m.group().replaceFirst("^,\\s*", "").replaceFirst("(?i)^(?:ideally|preferably)\\s+(?:something\\s+)?", "");
				if (x.matches("vegan|vegetarian")) {
					return; // a diet, read elsewhere
				}
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(x), "Prefers " + lower(said), x, Map.of("prefers", lower(said)), 0.65, false, 1));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?:looking for|searching for|seeking|open to|only want|want|prefer|after)\\s+(?:a\\s+|an\\s+)?(?:fully\\s+|100%\\s+)?(?<x>remote|hybrid|part[- ]time|full[- ]time|flexible|contract|freelance|in[- ]person|office[- ]based|permanent|temporary|temp|weekend|evening|night)\\s+"
					+ "(?<y>roles?|jobs?|work|positions?|opportunities|contracts?|gigs?|shifts?)\\b", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original) && writersClause(clause, original) && !ONE_OFF.matcher(original).find()) {
				String x = lower(m.group("x"));
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(x) + "_work", "Prefers " + x + " " + lower(m.group("y")), x + " " + lower(m.group("y")),
						Map.of("prefers", x + " " + lower(m.group("y"))), 0.65, false, 1));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*|\\bso\\s+)(?:only\\s+|just\\s+|mostly\\s+)?(?<x>(?!(?:the|this|that|these|those|some|more|any|new|your|my|his|her|our|their|other|same|old|free|cheap|which|what|no)\\b)[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+"
					+ "(?<k>stuff|music|songs|tracks|tunes|films|movies|books|shows|podcasts|recipes|workouts)\\s+(?:pls|please|plz|preferably|ideally|only)\\b", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original) && !ONE_OFF.matcher(original).find() && !m.group("x").matches("(?i).*\\b(?:for|to|of|me|us|send|give|show|recommend)\\b.*")) {
				String x = lower(m.group("x"));
				String k = lower(m.group("k"));
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(x + " " + k), "Prefers " + x + " " + k, x + " " + k, Map.of("prefers", x + " " + k), 0.65, false, 1));
			}
		});
		rule("^i\\s+(?:mostly\\s+|mainly\\s+|usually\\s+|often\\s+|also\\s+|still\\s+)*ride\\s+(?:a|an|my)\\s+(?<x>(?:(?:gravel|road|mountain|fixed-gear|fixie|bmx|touring|track|cyclocross|enduro|trail|dirt)\\s+bike)|motorbike|motorcycle|horse)\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(what), "Rides a " + what, what, Map.of("topic", what, "activity", "ride"), 0.7, false, 1));
		});
		// "I do yoga every morning before work": the routine is read as behaviour, the named activity is a hobby as well
		rule("^(?:i|we)\\s+(?:also\\s+|still\\s+|mostly\\s+|regularly\\s+)?do\\s+(?<x>.+)", (m, out) -> {
			String activity = activityDone(" " + m.group("x"));
			if (TIME_OF_DAY_ROUTINE.matcher(m.group("x")).find() && activity != null && !activity.endsWith("ing")) {
				out.accept(fact(INTERESTS, "activity", "interest_" + slug(activity), "Does " + activity, activity,
						Map.of("topic", activity, "activity", activity), 0.7, false, 1));
			}
		});
		// Behaviour: "I mostly use the app on my ipad", "I travel for work constantly", "i only have evenings free, after 7pm",
		// "i cycle to work every day"
		rule("^i\\s+(?:mostly\\s+|usually\\s+|always\\s+|only\\s+|mainly\\s+|normally\\s+|generally\\s+|tend to\\s+)?(?:use|check|open|access|read)\\s+(?:the app|this app|your app|the site|the website|your site|it|this|you|the platform|the portal)\\s+"
				+ "(?:on|from|via|with)\\s+(?:my|an?|the)\\s+(?<x>work (?:laptop|computer|phone)|" + DEVICES + ")\\b", (m, out) -> {
					String where = lower(m.group("x"));
					out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(where), "Uses the app on their " + where, where, Map.of("habit", "uses the app on their " + where), 0.7, false));
				});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^i\\s+(?:also\\s+|often\\s+|regularly\\s+|still\\s+)?travel\\s+(?<x>(?:a lot|loads|constantly|frequently|all the time|regularly|every week|most weeks|weekly|monthly)\\s+)?(?<y>for work|for my job|with work|on business|for business)?(?<z>\\s+(?:a lot|loads|constantly|frequently|all the time|regularly|every week|most weeks|weekly|monthly))?", FLAGS).matcher(clause);
			if (!m.find() || m.group("x") == null && m.group("y") == null && m.group("z") == null || NOT_A_ROUTINE.matcher(clause).find() || ONE_OFF.matcher(original).find()) {
				return;
			}
			String said = lower(m.group().replaceFirst("(?i)^i\\s+(?:also\\s+|often\\s+|regularly\\s+|still\\s+)?travel\\s+", "")).strip().replaceAll("\\s+", " ");
			out.accept(fact(BEHAVIOR, "routine", "routine_travel", "Travels " + said,
					"travel" + (m.group("y") == null ? "" : " " + lower(m.group("y"))), Map.of("routine", said), 0.7, true));
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^i\\s+(?:only\\s+|usually\\s+|mostly\\s+|just\\s+|normally\\s+)?(?:have|'ve got|have got|get)\\s+(?<x>(?:weekday\\s+|weeknight\\s+|weekend\\s+)?(?:evenings|mornings|afternoons|nights|weekends|lunchtimes|"
					+ "(?:mon|tues|wednes|thurs|fri|satur|sun)days)(?:\\s*(?:and|&|or|,)\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|evenings|mornings|afternoons|weekends))*)\\s+(?:free|off|available|to myself)\\b(?<rest>.*)$", FLAGS).matcher(clause);
			if (!m.find() || ONE_OFF.matcher(original).find() || NOT_A_ROUTINE.matcher(clause).find()) {
				return;
			}
			Matcher time = compiled("\\b(?:after|from|before|until|till)\\s+(?:\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?|midnight|noon|lunch|work|school)", FLAGS).matcher(m.group("rest"));
			String when = lower(m.group("x")) + (time.find() ? " " + lower(time.group()) : "");
			out.accept(fact(BEHAVIOR, "availability", "availability", "Is free " + when, when, Map.of("free", when), 0.7, true));
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^i\\s+(?:usually\\s+|always\\s+|mostly\\s+|normally\\s+|still\\s+|now\\s+)?(?<v>cycle|bike|walk|run|jog|drive|commute|ride|scoot)(?:\\s+in)?\\s+(?:to|into)\\s+(?<w>work|school|uni|the office|college|campus|the station)\\b(?<rest>.*)$", FLAGS).matcher(clause);
			if (!m.find() || ONE_OFF.matcher(original).find() || NOT_A_ROUTINE.matcher(ROUTINE_END.matcher(clause).replaceFirst("")).find()) {
				return;
			}
			// "I cycle to work", "I cycle in to work from Clapham every day": how they get to work each day is a routine
			// (behaviour), as outside writers file it, with its frequency when they give one
			Matcher every = LATER_RECURRING.matcher(m.group("rest"));
			String verb = lower(m.group("v"));
			String where = lower(m.group("w"));
			String said = capitalise(thirdPerson(verb, "to " + where)) + (every.find() ? " " + lower(every.group()) : "");
			out.accept(fact(BEHAVIOR, "routine", "routine_" + slug(verb + " to " + where), said, verb + " to " + where, Map.of("routine", said), 0.7, false));
		});
		// "weekends are when I do my meal prep", "Sundays are my meal prep day"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?<t>(?:weekday\\s+|weekend\\s+|sunday\\s+|saturday\\s+)?(?:weekends|weekdays|mornings|evenings|nights|lunchtimes|summers|winters|(?:mon|tues|wednes|thurs|fri|satur|sun)days)"
					+ "(?:\\s+(?:mornings|evenings|nights|afternoons))?)\\s+(?:are|is)\\s+(?:when|usually when|normally when)\\s+(?<s>i|we)\\s+(?<v>\\p{L}+)(?<rest>.*)$"
					+ "|^(?<t2>(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends)\\s+are\\s+(?:my|our)\\s+(?<d>[\\p{L} -]{2,25}?)\\s+days?$", FLAGS).matcher(clause);
			if (!m.find() || ONE_OFF.matcher(original).find()) {
				return;
			}
			if (m.group("t2") != null) {
				String what = lower(m.group("d"));
				String when = lower(m.group("t2"));
				if (!isJunk(what) && words(what) <= 3 && !what.matches("(?i)(?:only|busy|free|off|fav(?:ou?rite)?|best|worst|lazy|long|short|work|day)")) {
					out.accept(fact(BEHAVIOR, "routine", "routine_" + slug(what), "Does their " + what + " on " + when, what + " on " + when, Map.of("routine", what + " on " + when), 0.65, false));
				}
				return;
			}
			String verb = lower(m.group("v"));
			String rest = phrase(m.group("rest"));
			if (PAST_OR_STATE_VERBS.contains(verb) && !"do".equals(verb) || verb.endsWith("ed") || NOT_A_ROUTINE.matcher(m.group("rest")).find()
					|| rest != null && words(rest) > 6) {
				return;
			}
			String when = lower(m.group("t"));
			String said = capitalise(thirdPerson(verb, rest)) + " (" + when + ")";
			out.accept(fact(BEHAVIOR, "routine", "routine_" + slug(verb + (rest == null ? "" : " " + rest)), said, verb + (rest == null ? "" : " " + rest) + " " + when,
					Map.of("routine", said), 0.65, false));
		});
		// "I watch a lot of anime", "I'm in a book club", "part of a hiking group"
		rule("^i\\s+(?:mostly\\s+|mainly\\s+|also\\s+|really\\s+)?watch\\s+(?<q>a lot of\\s+|lots of\\s+|loads of\\s+|way too much\\s+|too much\\s+|so much\\s+|tons of\\s+|a ton of\\s+)?(?<x>[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?)", (m, out) -> {
			String x = phrase(m.group("x"));
			if (x == null || isJunk(x) || x.matches("(?i)^(?:the|my|our|your|his|her|their|a|an|it|them|him|kids|children|grandkids|out|over|what|how|this|that|for)\\b.*")
					|| m.group("q") == null && x.matches("(?i).*\\b(?:video|videos|tutorial|tutorials|ads?|news)\\b.*")) {
				return;
			}
			String subject = topic(x);
			out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), "Watches " + x, subject, Map.of("topic", subject, "strength", "moderate"), 0.65, false, 1));
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:i'm|im|i am|we're|we are)\\s+)?(?:also\\s+|now\\s+)?(?:in|part of|a member of|member of|a regular at)\\s+(?:a|an|my local|our local|the local|a local)\\s+"
					+ "(?<x>(?!(?:new|good|small|big|local|great)\\b)[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?<k>club|team|choir|band|group|league|society|crew|orchestra|ensemble|troupe)\\b", FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original) && !ONE_OFF.matcher(original).find()
					&& !m.group("x").matches("(?i).*\\b(?:support|whatsapp|facebook|parents?|work|chat|sales|project|research|customer|it)\\b.*")) {
				String x = lower(m.group("x"));
				String k = lower(m.group("k"));
				out.accept(fact(INTERESTS, "activity", "interest_" + slug(x), "Is in a " + x + " " + k, x, Map.of("topic", x, "group", x + " " + k), 0.7, false, 1));
			}
		});
		// Tastes: "tea over coffee any day", "Android all the way", "hate coriander", "not big on sweet stuff", "horror isn't really my thing"
		fragment("^(?:team\\s+)?(?<x>(?!(?:i|it|this|that|we|you|he|she|they|my|the)\\b)[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?)\\s+over\\s+(?<y>[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?)\\s+(?:any day|every time|every day|all day|always|for me)\\b", (m, out) -> {
			String x = m.group("x");
			if (!isJunk(x) && !x.matches("(?i).*(?:ed|ing)$")) {
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(x), "Prefers " + lower(x) + " over " + lower(m.group("y")), lower(x),
						Map.of("prefers", lower(x), "over", lower(m.group("y"))), 0.7, false, 1));
			}
		});
		fragment("^(?:team\\s+)?(?<x>(?!(?:i|it|this|that|we|you|he|she|they|my|the|drove|walked|went|came|ran|go|come|walk|drive|run|cycled|flew)\\b)[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?)\\s+all the way(?:\\s+for me)?" + FRAGMENT_END, (m, out) -> {
			String x = m.group("x");
			if (!isJunk(x) && !x.matches("(?i).*(?:ed)$")) {
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(x), "Prefers " + x, lower(x), Map.of("prefers", lower(x)), 0.65, false, 1));
			}
		});
		fragment("^(?:really\\s+|honestly\\s+|just\\s+|absolutely\\s+)?(?:hate|dislike|detest|loathe|despise)\\s+(?<x>.+)", (m, out) -> {
			String object = phrase(m.group("x").replaceFirst("(?i)\\s+(?:at all|tbh|so much|with a passion)\\b.*$", ""));
			if (object != null && !object.matches("(?i)^(?:to|it|when|how|what|being|getting|having|waiting|that|this|the way|your|my|his|her|them|him|people|anyone|you|u|mondays?)\\b.*")) {
				dislike(object, out);
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:i'm|im|i am)\\s+)?(?:really\\s+|just\\s+|honestly\\s+)?not\\s+(?:really\\s+|too\\s+|that\\s+|very\\s+|massively\\s+)?big\\s+on\\s+(?<x>.+)", FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original)) {
				String object = phrase(m.group("x"));
				if (object != null && !requestLike(object) && !object.matches("(?i)^(?:to|it|when|how|what|that|this|the way|your|my|you|u)\\b.*")) {
					dislike(object, out);
				}
			}
		});
		rule("^(?<x>[\\p{L}][\\p{L} -]{1,25}?)\\s+(?:isn't|aren't|isnt|arent|is not|are not)\\s+(?:really\\s+|exactly\\s+|quite\\s+)?my\\s+(?:thing|cup of tea|scene|jam|vibe|kind of thing)\\b", (m, out) -> dislike(m.group("x"), out));
		// Plans: "climbing Kilimanjaro is on my bucket list", "in the process of buying our first house",
		// "getting ready for my first triathlon", "just signed up for a pottery course"
		rule("^(?<x>[\\p{L}0-9][\\p{L}0-9' -]{2,40}?)\\s+(?:is|are)\\s+(?:(?:right\\s+)?(?:at\\s+the\\s+)?(?:top|high up)\\s+(?:of|on)|on|at the top of)\\s+my\\s+bucket\\s*list\\b", (m, out) -> {
			String object = m.group("x").strip();
			if (!isJunk(object) && words(object) <= 6 && !object.matches("(?i)^(?:this|that|it|he|she|they|my \\p{L}+'s)\\b.*")) {
				String subject = topic(object);
				out.accept(fact(GOALS, "goal", "goal_" + slug(subject), "Has " + object + " on their bucket list", subject, Map.of("goal", object), 0.7, false));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:i'm|im|i am|we're|we are)\\s+)?(?:currently\\s+|now\\s+)?in\\s+the\\s+(?:middle|process|midst)\\s+of\\s+(?<x>\\p{L}+ing\\b.*)", FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original)) {
				String object = phrase(m.group("x"));
				if (object != null && words(object) >= 2 && words(object) <= 6 && !requestLike(object) && !object.matches("(?i)^(?:moving|switching|changing|updating|cancelling|canceling|sorting|checking|writing|making|trying|getting|doing)\\s+(?:it|this|that|my (?:order|account|details|card|address|payment|booking))\\b.*")) {
					String subject = topic(object);
					out.accept(fact(GOALS, "plan", "goal_" + slug(subject), "Is in the middle of " + object.replaceAll("(?i)\\b(?:my|our)\\b", "their"), subject, Map.of("plan", object), 0.7, false));
				}
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:i'm|im|i am|we're|we are|i've|i have|i|we)\\s+)?(?:just\\s+|finally\\s+|also\\s+)?(?:getting ready|gearing up|signed up|registered|enrolled|entered)\\s+(?:for|in|on)\\s+(?:my first|our first|my|a|an|the)\\s+"
					+ "(?<x>(?:[\\p{L}0-9'-]+\\s+){0,3}?(?:course|class|degree|masters|phd|bootcamp|apprenticeship|marathon|half marathon|10k|5k|triathlon|ironman|ultra|race|sportive|trek|exam|diploma|certificate|qualification|programme|program))\\b", FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original) && !ONE_OFF.matcher(original).find() && !compiled("\\b(?:last|ago|yesterday|cancel|refund)\\b", FLAGS).matcher(clause).find()) {
				String x = lower(m.group("x"));
				String said = lower(m.group()).matches(".*\\b(?:getting ready|gearing up)\\b.*") ? "Is getting ready for " : "Is signed up for ";
				out.accept(fact(GOALS, "plan", "goal_" + slug(x), said + article(x) + " " + x, x, Map.of("plan", x), 0.7, false));
			}
		});
		// Frequencies: "I go to the gym 4 times a week", "I work out 5x a week", "gym 5 days a week"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?<s>i)\\s+(?:usually\\s+|normally\\s+|still\\s+|also\\s+|try to\\s+|tend to\\s+)?(?<v>\\p{L}+)(?<rest>(?:\\s+[^,;]{1,40}?)?)|(?<x>(?!(?:it|this|that|payments?|meds?|medication|deliveries|delivery|emails?|texts?|calls?|the app|updates?)\\b)[\\p{L}-]+(?:\\s+[\\p{L}-]+)?))\\s+"
					+ "(?<f>(?:once|twice|three times|four times|five times|(?:\\d+|\\d+\\s*-\\s*\\d+)\\s*(?:x|times)|a few times|a couple of times|(?:one|two|three|four|five|six|\\d)\\s+(?:days|nights|mornings|evenings))\\s+(?:a|per|each|every)\\s+(?:week|month|fortnight))\\b", FLAGS).matcher(clause);
			if (!m.find() || ONE_OFF.matcher(original).find() || NOT_A_ROUTINE.matcher(m.group()).find() || clause.matches("(?i).*\\b(?:please|pls|plz)\\b.*")) {
				return;
			}
			String frequency = lower(m.group("f")).replaceAll("(\\d)\\s*x\\b", "$1 times");
			String frequencySaid = lower(m.group("f")); // "3x a week" as they wrote it; the structured value has "3 times"
			String doing;
			if (m.group("s") != null) {
				String verb = lower(m.group("v"));
				String rest = m.group("rest").strip();
				if (PAST_OR_STATE_VERBS.contains(verb) && !verb.matches("do|read") || verb.endsWith("ed") || verb.endsWith("'t") || verb.matches("only|just|really|never|rarely|pay|get|receive|take|use")
						|| rest.matches("(?i).*\\b(?:you|your|it|this|that)\\b.*") || rest.matches("(?i)^(?:from home|remotely|from the office)\\b.*")) {
					return;
				}
				doing = thirdPerson(verb, rest.isEmpty() ? null : rest);
			}
			else {
				if (!opensSentence(clause, original) || !aboutWriter(original) || isJunk(m.group("x"))) {
					return;
				}
				doing = lower(m.group("x"));
			}
			String said = capitalise(doing) + " " + frequencySaid;
			out.accept(fact(BEHAVIOR, "routine", "routine_" + slug(doing), said, doing, Map.of("routine", said, "frequency", frequency), 0.65, false));
		});
		rule("^i\\s+(?:usually\\s+|mostly\\s+|normally\\s+|pretty much\\s+)?(?:use|check|open)\\s+(?:the|your|this)\\s+(?:app|site|website)\\s+(?<w>every\\s+(?:single\\s+)?day|daily|most days|every few days)\\b(?<rest>.*)$", (m, out) -> {
			if (ROUTINE_TIME.matcher(m.group("rest")).find()) {
				return; // with a time of day it is the routine rule's
			}
			String when = lower(m.group("w"));
			out.accept(fact(BEHAVIOR, "routine", "routine_app_use", "Uses the app " + when, "app " + when, Map.of("routine", "uses the app " + when), 0.65, true));
		});
		// Interests: "Been into photography since uni", "I've been gaming since I was a kid", "I follow the NBA religiously",
		// "my weekends are all about football", "I binge Korean dramas", "I'm a sucker for a good thriller"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i(?:'ve| have)\\s+)?been\\s+(?:really\\s+|heavily\\s+|big\\s+|properly\\s+)?into\\s+(?<x>(?!(?:the|a|an|my|your|it|this|that|town|work|trouble|debt)\\b)[\\p{L}0-9][\\p{L}0-9' -]{1,30}?)(?:\\s+(?:since|for|ever since)\\b.*)?$", FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original) && !ONE_OFF.matcher(original).find()) {
				interestsIn(m.group("x"), out);
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i(?:'ve| have)\\s+)?been\\s+(?<v>gaming|skating|skateboarding|reading|writing|drawing|sewing|crocheting|quilting|woodworking|birdwatching|birding|fishing|dancing|singing|lifting|"
					+ "bouldering|skiing|snowboarding|sailing|diving|golfing|hiking|camping|gardening|brewing|journaling|coding|programming|rowing|boxing|meditating|fencing|horse riding|riding|crafting|sketching|gigging|djing)"
					+ "(?<x>(?:\\s+(?!for\\b|since\\b)[\\p{L}0-9-]+){0,3}?)\\s+" + DURABLE, FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original) && !m.group("x").matches("(?i).*\\b(?:you|your|it|this|that|the|about|on|up|for|to|with|here)\\b.*")
					&& (!lower(m.group("v")).matches(BEEN_DOING_ELSEWHERE) || clause.matches("(?i)^i(?:'ve| have)\\b.*") && !lower(m.group("v")).matches("playing|doing|practi[sc]ing|dancing|painting|collecting|surfing|climbing|running|cycling|swimming|knitting|cooking|baking"))) {
				String verb = lower(m.group("v"));
				String object = m.group("x").strip();
				String activity = object.isEmpty() ? verb : verb + " " + lower(object);
				out.accept(fact(INTERESTS, "activity", "interest_" + slug(object.isEmpty() ? verb : object), "Has been " + activity + " for a long time", object.isEmpty() ? verb : lower(object),
						Map.of("topic", activity, "activity", verb), 0.7, false, 1));
			}
		});
		rule("^i\\s+(?:also\\s+|still\\s+)?follow\\s+(?<x>(?!(?:you|your|the (?:instructions|steps|guide|rules|advice|link|news))\\b)[\\p{L}0-9' -]{2,30}?)\\s+(?:religiously|closely|avidly|obsessively|like a hawk|every week|every season|all season)\\b", (m, out) -> interestsIn(m.group("x"), out));
		rule("^(?:my\\s+)?(?:weekends|evenings|summers|winters|free time|spare time|sundays|saturdays)\\s+(?:are|is)\\s+(?:basically\\s+|pretty much\\s+|mostly\\s+)?(?:all\\s+about|for|spent)\\s+(?<x>.+)", (m, out) -> {
			String raw = m.group("x").replaceFirst("(?i)^(?:on|doing|playing|at|in|with)\\s+", "");
			if (!raw.matches("(?i)^(?:the kids|kids|children|family|my family|rest|resting|sleep|sleeping|chores|work|working|catching up|recovering|you|it|this|that|lie-ins?)\\b.*")) {
				interestsIn(raw, out);
			}
		});
		rule("^i\\s+(?:also\\s+|mostly\\s+)?(?:binge|binge-watch|binge watch)\\s+(?<x>(?!(?:the|my|your|it|this|that|them|everything|anything|on|at|in|with|for)\\b)[\\p{L}0-9' -]{2,30})", (m, out) -> {
			String x = phrase(m.group("x"));
			if (x != null && !isJunk(x) && words(x) <= 3) {
				out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(topic(x)), "Watches " + x, topic(x), Map.of("topic", topic(x), "strength", "moderate"), 0.65, false, 1));
			}
		});
		rule("^(?:" + I_AM + "\\s+)?(?:such\\s+)?(?:a\\s+)?(?:total\\s+|real\\s+|huge\\s+|big\\s+|complete\\s+)?sucker\\s+for\\s+(?<x>.+)", (m, out) -> {
			String raw = m.group("x");
			Matcher anything = compiled("^anything\\s+(?<y>(?:with\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)", FLAGS).matcher(raw);
			if (anything.find()) {
				String y = phrase(anything.group("y"));
				if (y != null) {
					String subject = lower(y.replaceFirst("(?i)^with\\s+", ""));
					out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(subject), "Loves anything " + lower(y), subject, Map.of("prefers", "anything " + lower(y)), 0.7, false, 1));
				}
				return;
			}
			if (!raw.matches("(?i)^(?:punishment|it|that|this|you|a bargain|a deal|a sale|a discount)\\b.*")) {
				interestsIn(raw.replaceFirst("(?i)^(?:a good|a nice|a great)\\s+", ""), out);
			}
		});
		// Tastes: "I'd always choose the train over flying", "window seat every time"
		rule("^i(?:'d|\\s+would)?\\s+(?:always\\s+|usually\\s+|honestly\\s+)?(?:choose|pick|take|go for)\\s+(?<x>(?!(?:it|this|that|you|one)\\b)[\\p{L}0-9' -]{2,30}?)\\s+over\\s+(?<y>[\\p{L}0-9' -]{2,30}?)(?:\\s+(?:any day|every time|every day|always))?$", (m, out) -> {
			String x = phrase(m.group("x"));
			if (x != null && !isJunk(x) && words(x) <= 4) {
				String subject = lower(topic(x));
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(subject), "Prefers " + lower(x) + " over " + lower(m.group("y").strip()), subject,
						Map.of("prefers", lower(x), "over", lower(m.group("y").strip())), 0.7, false, 1));
			}
		});
		fragment("^(?<x>(?:an?\\s+)?(?!(?:it|this|that|same|the same|same thing|happens|crashes|fails|error|errors)\\b)[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+every\\s+(?:single\\s+)?time(?:\\s+for me)?" + FRAGMENT_END, (m, out) -> {
			String x = lower(m.group("x"));
			if (isJunk(x) || x.matches("(?i).*\\b(?:\\p{L}+ed|\\p{L}+ing|crashes|fails|breaks|happens|gets|logs|goes|comes|says|shows|keeps|works)$")) {
				return;
			}
			out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(topic(x)), "Prefers " + x + " every time", topic(x), Map.of("prefers", x), 0.65, false, 1));
		});
		// Plans: "we're buying a house in the spring", "I'm going back to uni in September", "working on my French",
		// "New year's resolution is to cook more", "Goal for 2025: pay off my car"
		rule("^(?:i'm|im|i am|we're|we are)\\s+(?:finally\\s+|also\\s+|hopefully\\s+)?(?<v>buying|selling|renovating|building|moving|starting|opening|launching|adopting|retiring|emigrating|relocating|going back to|doing|visiting|getting)\\s+"
				+ "(?<x>[^,;]{2,40}?)\\s+(?<w>(?:in|next|this|by|over|around)\\s+(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?(?:spring|summer|autumn|fall|winter|new year|january|february|march|april|may|june|july|august|september|october|november|december|year|month|\\d{4}))\\b", (m, out) -> {
					String verb = lower(m.group("v"));
					String x = m.group("x").strip();
					if (requestLike(x) || isJunk(x) || x.matches("(?i)^(?:it|this|that|them|my (?:order|parcel|account|plan|subscription))\\b.*") || words(x) > 6
							|| "starting".equals(verb) && x.matches("(?i)^(?:uni|university|college|sixth form|med school|law school|grad school|an apprenticeship|a new job|my (?:degree|masters|phd|apprenticeship|new job))\\b.*")
							|| verb.matches("buying|selling") && !x.matches("(?i)^(?:a|an|our|my|the)\\s+(?:first\\s+|new\\s+|own\\s+|forever\\s+|family\\s+)?(?:house|home|flat|apartment|condo|car|property|place|van|motorhome|campervan|boat|business|shop)\\b.*")
							|| "getting".equals(verb) && !x.matches("(?i)^(?:a (?:dog|puppy|cat|kitten)|my (?:degree|masters|licence|license))\\b.*")
							|| "doing".equals(verb) && !x.matches("(?i).*\\b(?:course|degree|masters|phd|pgce|apprenticeship|diploma|marathon|triathlon|trek|camino|gap year)\\b.*")) {
						return;
					}
					String said = verb + " " + lower(x).replaceAll("\\b(?:my|our)\\b", "their");
					String when = lower(m.group("w"));
					String subject = lower(topic(x.replaceFirst("(?i)^(?:my|our)\\s+", "")));
					out.accept(fact(GOALS, "plan", "goal_" + slug(subject), "Is " + said + " " + when, subject, Map.of("plan", said, "when", when), 0.7, false));
				});
		rule("^(?:" + I_AM + "\\s+|we're\\s+)?(?:currently\\s+|also\\s+)?(?:working on|brushing up on|brushing up|practi[sc]ing|improving|polishing)\\s+(?:my|our)\\s+(?<x>\\p{L}+)\\b", (m, out) -> {
			String language = lower(m.group("x"));
			if (Lexicon.LANGUAGES.contains(language)) {
				String name = capitalise(language);
				out.accept(fact(GOALS, "learning", "learning_" + slug(name), "Is improving their " + name, name, Map.of("learning", name), 0.7, false));
			}
		});
		fragment("^(?:my\\s+)?(?:new year'?s\\s+)?resolution(?:\\s+for\\s+\\d{4}|\\s+this year)?\\s+is\\s+(?:to\\s+)?(?<x>.+)", (m, out) -> goal(m.group("x"), 0.7, false, out));
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:my\\s+)?(?:main\\s+|big\\s+)?(?:goal|plan|aim|resolution|target)s?(?:\\s+for\\s+(?:\\d{4}|this year|next year|the year))?\\s*:\\s*(?<x>.+)$", FLAGS).matcher(LEADING.matcher(original.strip()).replaceFirst(""));
			if (m.find() && (m.group("x").strip().regionMatches(true, 0, clause, 0, Math.min(clause.length(), 10)) || lower(clause).endsWith(lower(m.group("x").strip().replaceAll("[.!…]+$", ""))))) {
				String x = m.group("x").strip();
				goal(x, 0.7, false, out);
				Matcher pay = compiled("^(?<v>pay off|clear|pay down)\\s+(?:my|our|the)\\s+(?<y>car|credit card|card|loan|student loan|overdraft|debt|mortgage)\\b", FLAGS).matcher(x);
				if (pay.find() && requestLike(pay.group("y"))) {
					String y = lower(pay.group("y"));
					out.accept(fact(GOALS, "goal", "goal_" + slug(lower(pay.group("v")) + " " + y), "Wants to " + lower(pay.group("v")) + " their " + y, y, Map.of("goal", lower(pay.group("v")) + " " + y), 0.75, false));
				}
			}
		});
		// "not really a fan of sushi", "love a bit of 80s synth pop", "love a good thriller"
		rule("^(?:(?:i'm|im|i am)\\s+)?(?:just\\s+)?not\\s+(?:really|exactly|massively|hugely|overly|that much of|much of)\\s+(?:a\\s+)?(?:big\\s+|huge\\s+)?fan\\s+of\\s+(?<x>.+)", (m, out) -> {
			String object = phrase(m.group("x"));
			if (object != null && !isJunk(object) && words(object) <= 5 && !requestLike(object)) {
				dislike(object, out);
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i\\s+)?(?:really\\s+|do\\s+|just\\s+)?(?:love|like|enjoy|fancy)\\s+(?:a (?:bit|spot) of|a good|a nice|a decent|some good)\\s+(?<x>(?!(?:it|this|that|you|chat|moan|rant|bargain|deal|discount|sale|a|an|the)\\b)[\\p{L}0-9][\\p{L}0-9' -]{1,30})", FLAGS).matcher(clause);
			if (m.find() && (clause.matches("(?i)^i\\b.*") || opensSentence(clause, original) && aboutWriter(original)) && !ONE_OFF.matcher(original).find()) {
				interestsIn(m.group("x"), out);
			}
		});
		// "gonna start learning guitar this year", "want to get my motorbike licence this year", "planning a trip to Iceland in March"
		fragment("^(?:(?:i'm|im)\\s+)?(?:gonna|going to)\\s+(?:finally\\s+)?(?:start|try to|learn|take up|pick up)\\s+(?<x>.+)", (m, out) -> {
			String said = lower(m.group()).replaceFirst("^(?:i'm\\s+|im\\s+)?(?:gonna|going to)\\s+(?:finally\\s+)?", "");
			if (!said.matches("^start\\s+(?:complaining|over|again|now|today|tomorrow|it|this|that|the process|an? (?:return|claim|complaint|refund|dispute))\\b.*")) {
				goal(said.replaceFirst("^(?:start|try to)\\s+learning\\b", "learn"), 0.6, true, out);
			}
		});
		fragment("^(?:really\\s+)?(?:want|wanna|would love|'d love|dream of|hope)\\s+to\\s+(?<x>.+)", (m, out) -> goal(m.group("x"), 0.6, true, out));
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:i'm|im|i am|we're|we are|i've|we've|i|we)\\s+)?(?:currently\\s+|just\\s+|finally\\s+)?(?:planning|organi[sz]ing|booking|booked|going on)\\s+(?:a|an|our|my)\\s+(?:(?:big|long|first|solo|family|road|little|short)\\s+)?(?:trip|holiday|vacation|getaway)\\s+(?:to|in)\\s+"
					+ "(?<x>\\p{L}[\\p{L}-]+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)(?<w>\\s+(?:in|next|this|for|over)\\s+\\p{L}+(?:\\s+\\d{4})?)?", FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original) && !compiled("\\b(?:last|ago|yesterday|cancel(?:led)?|refund)\\b", FLAGS).matcher(clause).find()
					&& !NOT_A_PLACE.contains(lower(m.group("x")))) {
				String place = lower(m.group("x"));
				String when = m.group("w") == null ? "" : lower(m.group("w"));
				out.accept(fact(GOALS, "plan", "plan_trip_" + slug(place), "Is planning a trip to " + place + when, place, Map.of("destination", place, "plan", "trip to " + place + when), 0.7, false));
			}
		});
		// Platforms and devices: "iPhone user here", "I'm a Linux user", "need a card that plays nicely with Apple Pay"
		Pattern platformUser = compiled("^(?:(?:i'm|im|i am)\\s+)?(?:an?\\s+)?(?:long-time\\s+|longtime\\s+|loyal\\s+|die-hard\\s+|diehard\\s+|lifelong\\s+|proud\\s+)?(?<x>" + PLATFORMS + ")\\s+user(?:\\s+here)?" + FRAGMENT_END, FLAGS);
		rules.add((clause, original, out) -> {
			Matcher m = platformUser.matcher(clause);
			if (m.find() && writersClause(clause, original)) {
				platform(m.group("x"), out);
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?:works?|plays?(?:\\s+nicely|\\s+well)?|compatible|syncs?|integrates?|pairs?|connects?)\\s+with\\s+(?:my\\s+)?(?<x>" + PLATFORMS + ")\\b", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original) && (clause.matches("(?i)^(?:i|i'm|im|i need|need|looking for|want|after|any|something|anything)\\b.*") || opensSentence(clause, original))
					&& (m.group().toLowerCase(Locale.ROOT).contains(" my ") || clause.matches("(?i)^(?:i\\s+)?(?:need|want|looking for|after)\\b.*"))) {
				platform(m.group("x"), out);
			}
		});
		// "applying for a mortgage", "retraining as a nurse", "I play for a Sunday league team", "as a keen cyclist, ...", "hobbies: chess, hiking"
		rule("^(?:" + I_AM + "\\s+|we're\\s+)?(?:currently\\s+|about to start\\s+|just started\\s+)?applying\\s+(?:for|to)\\s+(?<x>.+)", (m, out) -> {
			String object = goalObject(m.group("x"));
			if (object != null && !isJunk(object) && !requestLike(object) && words(object) <= 6
					&& !object.matches("(?i)^(?:a|the|this|that|my|your)?\\s*(?:refund|discount|code|coupon|voucher|promo|offer|deal|it|this|that|membership|account|loyalty|newsletter|trial)\\b.*")) {
				String subject = topic(object);
				out.accept(fact(GOALS, "goal", "goal_" + slug(subject), "Is applying for " + object.replaceAll("(?i)\\bmy\\b", "their"), subject, Map.of("goal", "applying for " + object), 0.7, false));
			}
		});
		rule("^(?:" + I_AM + "\\s+)?(?:currently\\s+|now\\s+)?(?:retraining|training|studying)\\s+(?:to be|to become|as)\\s+(?:an?\\s+)?(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)", (m, out) -> {
			String[] parts = lower(m.group("x")).split("\\s+");
			for (int n = parts.length; n >= 1; n--) {
				String title = String.join(" ", java.util.Arrays.copyOf(parts, n));
				if (Lexicon.OCCUPATIONS.contains(singular(parts[n - 1]))) {
					out.accept(fact(GOALS, "goal", "goal_become_" + slug(title), "Is training to become " + article(title) + " " + title, title, Map.of("goal", "become " + title), 0.75, false));
					return;
				}
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i|we)\\s+(?:also\\s+|still\\s+)?(?:play|sing|dance|row|swim|run|ride|compete)\\s+(?:in|for|with)\\s+(?:a|an|the|my|our|my local|a local)\\s+"
					+ "(?<x>(?!(?:new|good|small|big|local|great)\\b)[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?)\\s+(?<k>team|league|club|band|choir|orchestra|group|crew|side)\\b", FLAGS).matcher(clause);
			if (m.find() && !ONE_OFF.matcher(original).find()) {
				String x = lower(m.group("x"));
				String k = lower(m.group("k"));
				out.accept(fact(INTERESTS, "activity", "interest_" + slug(x), "Plays in a " + x + " " + k, x, Map.of("topic", x, "group", x + " " + k), 0.7, false, 1));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^as\\s+an?\\s+(?:avid\\s+|keen\\s+|lifelong\\s+|passionate\\s+|amateur\\s+|weekend\\s+|serious\\s+|casual\\s+|big\\s+)?(?<x>" + HOBBY_NOUN + "|gamer|reader|photographer|baker|cook|musician|guitarist|pianist|drummer|singer|traveller|traveler)\\b", FLAGS).matcher(LEADING.matcher(original.strip()).replaceFirst(""));
			if (m.find() && clause.regionMatches(true, 0, m.group(), 0, Math.min(8, clause.length())) || m.reset(clause).find()) {
				hobbyist(m.group("x"), out);
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:my\\s+)?(?:hobbies|interests|passions)\\s*(?:[:\\-–]|include|are)\\s*(?<x>.+)$", FLAGS).matcher(LEADING.matcher(original.strip()).replaceFirst(""));
			if (m.find() && m.group("x").regionMatches(true, 0, clause, 0, Math.min(6, clause.length()))) {
				for (String object : m.group("x").replaceAll("[.!]+$", "").split("(?i)\\s*,\\s*|\\s+and\\s+|\\s*&\\s*")) {
					object = object.strip();
					if (!isJunk(object) && words(object) <= 4) {
						String subject = topic(object);
						out.accept(fact(INTERESTS, "hobby", "interest_" + slug(subject), "Has " + object + " as a hobby", subject,
								Map.of("topic", subject, "strength", "strong"), 0.75, false, 1));
					}
				}
			}
		});
		// An instrument they practise, said anywhere in their clause: "i only get time to practise piano on my lunch break"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?:practi[sc]e|practi[sc]ing|play|playing)\\s+(?:the\\s+|my\\s+)?(?<x>piano|guitar|electric guitar|acoustic guitar|violin|viola|drums|cello|bass|bass guitar|ukulele|uke|saxophone|sax|flute|trumpet|trombone|clarinet|harp|keyboard|keys|banjo|mandolin|harmonica|accordion|oboe|bagpipes)\\b", FLAGS).matcher(clause);
			if (m.find() && m.start() > 0 && clause.matches("(?i)^(?:i|i'm|im|i am|i've|i have)\\b.*") && aboutWriter(original) && !ONE_OFF.matcher(original).find()
					&& !clause.substring(0, m.start()).matches("(?i).*\\b(?:used to|didn't|don't|can't|cannot|never|wish|would|could|should|want|wants|my (?:son|daughter|kid|kids|child|husband|wife|partner)|he|she|they|you)\\b.*")
					&& !clause.substring(0, m.start()).matches("(?i).*\\b(?:love|like|enjoy|adore|into|been|fan of|hate|miss)\\s*$")) {
				String x = lower(m.group("x"));
				out.accept(fact(INTERESTS, "activity", "interest_" + slug(x), "Plays the " + x, x, Map.of("topic", x, "activity", "play"), 0.7, false, 1));
			}
		});
		// "I'm mostly on mobile", "usually on my laptop"
		rule("^(?:" + I_AM + "\\s+)?(?:mostly|usually|always|nearly always|almost always|only ever|normally|mainly)\\s+on\\s+(?:my\\s+|a\\s+)?(?<x>phone|mobile|laptop|tablet|ipad|desktop|pc|mac|iphone|android)\\b(?!\\s+(?:to|with)\\b)", (m, out) -> {
			String where = lower(m.group("x"));
			out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(where), "Is mostly on their " + where, where, Map.of("habit", "on their " + where), 0.65, false));
		});
		// "football-mad", "I'm plant obsessed"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:i'm|im|i am)\\s+)?(?:a bit\\s+|totally\\s+|completely\\s+|slightly\\s+|utterly\\s+|properly\\s+)?(?<x>(?!(?:so|really|very|quite|pretty|super|absolutely|fuming|hopping|going|little|bit|not|just|getting|kinda|kind|sort|stark|raving|proper)\\b)\\p{L}+)[- ](?:obsessed|mad|crazy)" + FRAGMENT_END, FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original) && !ONE_OFF.matcher(original).find() && !isJunk(m.group("x"))) {
				interestsIn(m.group("x"), out);
			}
		});
		// "one day I'll open a bakery", "determined to run a sub-3 marathon", "keen to get fit"
		fragment("^(?:one day|someday|some day|eventually)\\s*,?\\s*(?:i|we)(?:'ll|\\s+will|'d like to|\\s+want to|\\s+hope to|'d love to|\\s+plan to)\\s+(?<x>.+)", (m, out) -> goal(m.group("x"), 0.6, true, out));
		rule("^(?:(?:i'm|im|i am|we're|we are)\\s+)?(?:really\\s+|so\\s+|super\\s+)?(?:determined|desperate|keen|eager|dying|itching)\\s+to\\s+(?<x>.+)", (m, out) -> goal(m.group("x"), 0.65, true, out));
		// Plans: "running the london marathon in april", "thinking of relocating to Melbourne", "before my wedding in june",
		// "learning japanese for a trip to osaka", "want to add German next", "my goal is to pay off my credit card"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:i'm|im|i am|we're|we are)\\s+)?(?:also\\s+)?(?:running|doing|racing|riding|walking|swimming|cycling|entering|signed up for|registered for|entered)\\s+(?:in\\s+|for\\s+)?(?:the|my first|my|a|an|our first|our)\\s+"
					+ "(?<x>(?:[\\p{L}0-9'-]+\\s+){0,3}?(?:marathon|half marathon|half|10k|5k|ultra|ultramarathon|triathlon|ironman|race|sportive|duathlon|trail race|relay|100k|50k|century ride|gran fondo|channel swim|(?-i:\\p{Lu}\\p{L}+\\s+Run)))\\b(?<w>\\s+(?:in|on|next|this)\\s+\\p{L}+)?", FLAGS).matcher(clause);
			if (m.find() && (m.group().matches("(?i)^(?:i|we).*") || opensSentence(clause, original) && aboutWriter(original)) && !ONE_OFF.matcher(original).find()
					&& !compiled("\\b(?:last|ago|yesterday)\\b", FLAGS).matcher(clause).find()) {
				String x = lower(m.group("x"));
				String when = m.group("w") == null ? "" : lower(m.group("w"));
				out.accept(fact(GOALS, "plan", "goal_" + slug(x), "Is taking part in the " + x + when, x, Map.of("event", x + when), 0.7, false));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*(?:and\\s+|now\\s+|so\\s+)?)(?:(?:i'm|im|i am|we're|we are)\\s+)?(?:seriously\\s+|really\\s+|also\\s+|kind of\\s+|kinda\\s+)?(?:thinking|considering)\\s+(?:of\\s+|about\\s+)?(?<x>\\p{L}+ing\\b[^,]*)", FLAGS).matcher(clause);
			if (!m.find() || ONE_OFF.matcher(original).find() || !aboutWriter(original) || m.start() == 0 && !writersClause(clause, original)) {
				return;
			}
			String object = phrase(m.group("x").replaceFirst("(?i)\\s+(?:so|but|because|cos|and i|which)\\b.*$", ""));
			if (object != null && !object.matches("(?i)^\\p{L}+\\s+(?:it|this|that|them|one|so|you|u|him|her)(?:\\s+(?:over|through|up))?$") && words(object) <= 7 && !requestLike(object)
					&& !object.matches("(?i)^(?:nothing|something|anything|everything|thing|king|doing so|getting one|buying one|bring|during)\\b.*")
					&& !object.matches(CUSTOMER_ERRAND)) {
				String subject = topic(object);
				out.accept(fact(GOALS, "plan", "goal_" + slug(subject), "Is considering " + object, subject, Map.of("considering", object), 0.6, false));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?<!saving\\s|saving up\\s)(?:before|for|ahead of|until|till)\\s+(?:my|our|a|the)\\s+(?<x>wedding|honeymoon|graduation|big day|(?:(?:big|long|first|solo)\\s+)?trip\\s+to\\s+\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?|"
					+ "holiday\\s+(?:to|in)\\s+\\p{L}+|move\\s+to\\s+(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)\\b(?<w>\\s+(?:in|on|next|this)\\s+\\p{L}+(?:\\s+\\d{4})?)?", FLAGS).matcher(clause);
			if (!m.find() || !aboutWriter(original) || !writersClause(clause, original) && !clause.matches("(?i)^(?:learning|saving|training|trying|planning|hoping|getting|need|needing|looking|studying|practi[sc]ing)\\b.*")
					|| compiled("\\b(?:lose|losing|drop|dropping|shed|shedding|tone up|get fit|get in shape|get into shape)\\b", FLAGS).matcher(clause.substring(0, m.start())).find() // the goal's due date, not a plan of its own
					|| compiled("\\b(?:last|ago|yesterday|bought|wore|had|was|were|did|went|got|made|took|after)\\b", FLAGS).matcher(clause).find()) {
				return;
			}
			String article = lower(m.group().replaceFirst("(?i)^.*?\\s(my|our|a|the)\\s.*$", "$1"));
			if ("the".equals(article) && !m.group("x").matches("(?i)^trip.*")) {
				return;
			}
			String x = lower(m.group("x"));
			String when = m.group("w") == null ? "" : lower(m.group("w"));
			boolean trip = x.matches("(?:.*\\s)?trip\\s.*|holiday\\s.*");
			String subject = trip ? x.replaceFirst("^.*?\\b(?:to|in)\\s+", "") : x;
			out.accept(fact(GOALS, "plan", "plan_" + slug(trip ? "trip " + subject : x), (trip ? "Is planning a " : "Has their ") + x + (trip ? "" : " coming up") + when, subject,
					Map.of("plan", x + when), 0.65, false));
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*|\\band\\s+)(?:i\\s+|i'd\\s+|i'm\\s+)?(?:really\\s+)?(?:want|wanna|hope|plan|would like|'d like|'d love|would love|hoping|planning|aiming)\\s+to\\s+(?:add|learn|pick up|start|tackle|try|take up)\\s+(?<x>\\p{L}+)"
					+ "(?:\\s+(?:next|too|as well|eventually|someday|one day|after that|at some point|soon))?(?=\\s*[,.!]|$)", FLAGS).matcher(clause);
			if (m.find() && Lexicon.LANGUAGES.contains(lower(m.group("x"))) && aboutWriter(original) && writersClause(clause, original)) {
				String name = capitalise(lower(m.group("x")));
				out.accept(fact(GOALS, "learning", "learning_" + slug(name), "Wants to learn " + name, name, Map.of("learning", name), 0.7, false));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:my|our)\\s+(?:main\\s+|big\\s+|\\p{L}+\\s+)?(?:goal|plan|aim|resolution)\\s+(?:is|this year is)\\s+to|(?:(?:i'm|im|i am|we're|we are)\\s+)?(?:trying|hoping|planning|aiming|working|determined)\\s+to|(?:i|we)\\s+(?:want|plan|hope|need|intend)\\s+to)\\s+"
					+ "(?:finally\\s+)?(?<v>pay off|clear|pay down|get rid of)\\s+(?:my|our|the)\\s+(?<x>(?:credit card|student loan|car loan|mortgage|overdraft|loan|debts?|card|credit cards|student debt|bnpl|klarna)(?:\\s+(?:debt|balance|bill))?)\\b", FLAGS).matcher(clause);
			if (m.find() && !ONE_OFF.matcher(original).find() && (requestLike(m.group("x")) || !Lexicon.GOAL_VERBS.contains(lower(m.group("v")).split("\\s+")[0]))) {
				String x = lower(m.group("x"));
				out.accept(fact(GOALS, "goal", "goal_" + slug(lower(m.group("v")) + " " + x), "Wants to " + lower(m.group("v")) + " their " + x, x, Map.of("goal", lower(m.group("v")) + " " + x), 0.75, false));
			}
		});
	}

	// ---------------------------------------------------------------- round five: routines, devices, contact and style

	/** A clock time: "10pm", "8:30", "midnight"; bare hours only inside a span that has one of these. */
	private static final String CLOCK = "(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)|\\d{1,2}:\\d{2}|midnight|noon|midday)";
	private static final String HOUR = "(?:" + CLOCK + "|\\d{1,2})";
	/** A span of time: "between 8pm and midnight", "from like 10pm to 2am", "9 to 5", "10pm-2am", "Mon-Wed". */
	private static final Pattern TIME_SPAN = Pattern.compile("\\b(?:between\\s+(?:like\\s+|about\\s+|around\\s+)?(?<a>" + HOUR + ")\\s+and\\s+(?<b>" + HOUR + ")"
			+ "|from\\s+(?:like\\s+|about\\s+|around\\s+)?(?<c>" + HOUR + ")\\s+(?:to|till|until|til)\\s+(?<d>" + HOUR + ")"
			+ "|(?<e>" + HOUR + ")\\s*(?:-|–|to|till|until)\\s*(?<f>" + HOUR + "))(?![\\p{L}\\d%])", FLAGS);
	/** The hours of a routine said after it: ", usually from like 10pm to 2am", " between 6 and 8am". */
	private static final Pattern SPAN_AFTER_ROUTINE = Pattern.compile("(?<=,\\s{0,3}|\\s(?:usually|normally|mostly|typically|generally|often|always))\\s*(?:usually\\s+|normally\\s+|mostly\\s+|typically\\s+|generally\\s+|often\\s+)*"
			+ "(?:between\\s+(?:like\\s+|about\\s+|around\\s+)?" + HOUR + "\\s+and\\s+" + HOUR + "|from\\s+(?:like\\s+|about\\s+|around\\s+)?" + HOUR + "\\s+(?:to|till|until|til)\\s+" + HOUR + ")(?![\\p{L}\\d%])", FLAGS);
	/** Places a routine is kept at: "at the Canary Wharf office", "at the climbing wall"; not "at the end of my tether". */
	private static final String PLACE_NOUN = "(?:office|gym|studio|shop|library|pool|club|cafe|café|pub|site|depot|warehouse|hospital|clinic|school|campus|farm|market|allotment|lab|centre|center|branch|store|rink|track|court|park|wall|desk|space|hub|coworking|church|mosque|temple|synagogue|stables|yard|plant|factory|airport|station)s?\\b";
	private static final String DAY_ABBR = "(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?";
	private static final Pattern DAY_RANGE = Pattern.compile("\\b" + DAY_ABBR + "\\s*(?:-|–|to|through|thru)\\s*" + DAY_ABBR + "\\b", FLAGS);
	/** Recurring occasions beyond days and times of day: "every commute", "every payday", "every April". */
	private static final Pattern EVERY_OCCASION = Pattern.compile("\\b(?:every|each)\\s+(?:single\\s+)?(?:commute|payday|shift|trip|visit|season|month|year|quarter|spring|summer|autumn|fall|winter"
			+ "|january|february|march|april|may|june|july|august|september|october|november|december|match|home game|game|race|lunch ?break|break|weekday|weekend"
			+ "|day|morning|evening|night|afternoon|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b", FLAGS);
	/** A one-off said in passing: these rules take "right now I do 30km a week" as a habit, but not "tomorrow". */
	private static final Pattern NOT_NOW_HABIT = Pattern.compile("\\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week|weekend|month|year)|next|last|ago)\\b", FLAGS);
	/** Phones and tablets people name by their brand: "my Pixel", "a Galaxy", "Huawei phones". */
	private static final String DEVICE_BRANDS = "pixel|galaxy|samsung|huawei|xiaomi|oneplus|motorola|nokia|surface|thinkpad|macbook|iphone|ipad|kindle|chromebook";
	/** What they want sent or done in a language: "send the documents in Arabic", "I need the manual in Ukrainian". */
	private static final String PAPERS = "documents?|docs|manual|instructions|invoices?|contract|paperwork|forms?|emails|letters?|information|info|details|menu|guide|receipts?|statements?|replies|answers|messages|updates";

	/**
	 * Whether a sentence asks for a channel other than the one it turns down: "please don't call, text or chat only",
	 * "I never check email, WhatsApp is the only way to reach me". The refusal is then the reason for that channel and
	 * no fact of its own; "please don't call me" alone still is one.
	 */
	private static boolean namesAnotherChannel(String original) {
		String rest = compiled("\\b(?:i\\s+)?(?:never|rarely|don't|do not|dont|not|no|stop|can't|cannot)\\s+(?:try\\s+to\\s+|sending\\s+(?:me\\s+)?|really\\s+)?(?:check|read|answer|open|pick up|use|call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|email(?:ing)?|text(?:ing)?|sms)?\\s*(?:me\\s+)?(?:my\\s+)?"
				+ "(?:e-?mails?|inbox|texts?|sms|messages?|voicemails?|calls?|phone calls?|the phone|my phone|unknown numbers)?\\b", FLAGS).matcher(original).replaceAll(" ");
		return compiled("\\b(?:e-?mails?|texts?|texting|sms|chat|whatsapp|telegram|signal|messages?|dms?|in writing|written|post|letter|voice notes?)\\b", FLAGS).matcher(rest).find();
	}

	private void roundFiveHabits() {
		// "I'm on Android", "I'm on an iPhone", "I'm on Windows": the platform they use
		// the model or version said with it stays in the fact ("I'm on android 9", "I'm on iPhone 13 mini", "on Windows 11")
		rule("^(?:i'm|i am|im)\\s+(?:on|using)\\s+(?:an?\\s+)?(?<x>android|ios|iphone|ipad|windows|mac|macos|linux|chromebook|pixel|samsung|galaxy)"
				+ "(?<v>\\s+(?:s|a|z|note\\s+)?\\d{1,2}(?:\\.\\d{1,2})?[a-z]?(?:\\s+(?:pro max|pro|plus|max|mini|ultra|se|lite))?)?\\b(?!\\s+(?:store|site|website|page|app store)\\b)(?!\\s*(?:%|gb|mb|hours?|days?|mins?|minutes?|years?)\\b)", (m, out) -> {
			String x = lower(m.group("x"));
			String name = x.matches("ios|iphone|ipad|macos") ? x.replaceFirst("^i", "i").replace("ios", "iOS").replace("iphone", "iPhone").replace("ipad", "iPad").replace("macos", "macOS") : capitalise(x);
			String version = m.group("v") == null ? "" : " " + compiled("\\s+").matcher(m.group("v").strip()).replaceAll(" ");
			out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(x), "Uses " + name + version, name + version, Map.of("habit", "uses " + name + version), 0.65, false));
		});
		// the site or app version they use: "I'm on the desktop site", "I'm using the web version", "im on the mobile app"
		rule("^(?:i'm|i am|im)\\s+(?:always\\s+|usually\\s+|mostly\\s+|only\\s+)?(?:on|using)\\s+(?:the|your)\\s+(?<x>(?:desktop|mobile|web|browser|ios|android|tablet|ipad|iphone|classic|old|new|beta|lite)\\s+(?:site|website|version|app))\\b(?!\\s+(?:now|right now|at the moment|today)\\b)", (m, out) -> {
			String x = lower(m.group("x")).replace("ios", "iOS").replace("ipad", "iPad").replace("iphone", "iPhone");
			out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(x), "Uses the " + x, x, Map.of("habit", "uses the " + x), 0.65, false));
		});
		// Loyalty status: "I'm Senator status", "I'm a Gold member", "platinum tier here"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:i'm|i am|im)\\s+)?(?:an?\\s+)?(?<x>gold|silver|bronze|platinum|diamond|elite|premier|senator|executive|black|titanium|vip|prime)\\s+(?<k>status|tier|member|cardholder|card holder)(?:\\s+here)?\\b", FLAGS).matcher(clause);
			if (!m.find() || !(clause.matches("(?i)^(?:i'm|i am|im)\\b.*") || opensSentence(clause, original) && aboutWriter(original))) {
				return;
			}
			String status = capitalise(lower(m.group("x"))) + " " + lower(m.group("k"));
			String said = lower(m.group("k")).matches("status|tier") ? "Has " + status : "Is " + article(status) + " " + status;
			out.accept(fact(BEHAVIOR, "loyalty", "loyalty_status", said, status, Map.of("loyalty", status), 0.7, true));
		});
		// Events they go to: "I travel to most away games", "I go to every home match", "I see most of their gigs"
		rule("^i\\s+(?:usually\\s+|also\\s+|still\\s+|try to\\s+)?(?<v>travel to|go to|get to|attend|see|make it to)\\s+(?<q>most|every|all|nearly all|almost all|almost every|nearly every)\\s+(?:of\\s+(?:the|their|our)\\s+)?(?<x>(?:home\\s+|away\\s+|league\\s+|local\\s+)?(?:games?|matches|match|gigs?|shows?|races?|fixtures?|concerts?|meetings?|sessions?))\\b", (m, out) -> {
			String said = capitalise(thirdPerson(lower(m.group("v")).split("\\s+")[0], lower(m.group("v")).replaceFirst("^\\S+\\s*", "") + " " + lower(m.group("q")) + " " + lower(m.group("x"))).replaceAll("\\s+", " "));
			out.accept(fact(BEHAVIOR, "routine", "routine_" + slug(m.group("x")), said, lower(m.group("x")), Map.of("routine", lower(said)), 0.65, false));
		});
		// How they do a thing every time: "I split everything into instalments", "I track carbs for everything",
		// "I order everything through the app at like 5am", "I buy all my groceries online"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^i\\s+(?:usually\\s+|always\\s+|basically\\s+|now\\s+|just\\s+)?(?<v>\\p{L}+)\\s+(?<x>(?:[\\p{L}-]+\\s+){0,3}?(?:everything|all my|all of my|all our|all the)\\b[^,;]{0,45})", FLAGS).matcher(clause);
			if (!m.find() || NOT_NOW_HABIT.matcher(clause).find() || NOT_A_ROUTINE.matcher(m.group()).find() || ONE_OFF.matcher(original).find()) {
				return;
			}
			String verb = lower(m.group("v"));
			if (PAST_OR_STATE_VERBS.contains(verb) && !"do".equals(verb) || NOT_ROUTINE_VERBS.contains(verb) || HABIT_ELSEWHERE.matcher(verb).matches() || verb.endsWith("ed") || verb.endsWith("ing") || verb.endsWith("'t")
					|| verb.matches("try|tried|lose|miss|own|agree|appreciate|understand|owe|regret|blame|checked|return|cancel|delete|backup|back|forgot|forget|tell|recommend|answer|am|appreciate|reset|lost|give|gave|did|can|could")) {
				return;
			}
			String object = phrase(m.group("x"));
			if (object == null || words(object) > 9 || compiled("\\b(?:you|your|it|this|that|them|him|her|refund|order|account|password)\\b", FLAGS).matcher(object).find()
					|| verb.matches("buy|shop|order|book|pick|choose|get|pay|fly|wear|eat|drink|stay") && !compiled("\\b(?:through|via|online|on the app|in the app|on (?:my|the) (?:phone|laptop|ipad|tablet|website|site))\\b", FLAGS).matcher(object).find()) {
				return; // "I buy all my clothes from Zara" is a taste; "I order everything through the app" how they shop
			}
			String said = capitalise(thirdPerson(verb, object.replaceAll("(?i)\\bmy\\b", "their").replaceAll("(?i)\\blike\\s+(?=\\d)", "around ")));
			out.accept(fact(BEHAVIOR, "habit", "habit_" + slug(verb + " " + object), said, verb + " " + object, Map.of("habit", lower(said)), 0.65, false));
		});
		// "I always forget to take my meds", "I keep forgetting to log my hours"
		rule("^i\\s+(?:always|usually|often|constantly|keep|tend to|sometimes)\\s+(?:forget|forgetting)\\s+to\\s+(?<x>\\p{L}+(?:\\s+[\\p{L}-]+){0,4})", (m, out) -> {
			String x = phrase(m.group("x"));
			if (x == null || compiled("\\b(?:you|your|it|this|that)\\b", FLAGS).matcher(x).find()) {
				return;
			}
			String what = lower(x).replaceAll("\\bmy\\b", "their");
			out.accept(fact(BEHAVIOR, "habit", "habit_forgets_" + slug(what), "Often forgets to " + what, "forget to " + what, Map.of("habit", "forgets to " + what), 0.65, false));
		});
		// "Been a customer since 2015", "I've been a member since 2011", "season ticket holder for 12 years", "a subscriber for 5 years"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:i've|i have|ive)\\s+been\\s+|been\\s+|(?:i'm|i am|im)\\s+)?(?:an?\\s+)?(?:loyal\\s+|happy\\s+|long[- ]?time\\s+|paying\\s+|regular\\s+|proud\\s+)?(?:[\\p{L}-]+\\s+)?(?<x>customer|member|subscriber|client|user|season ticket holder|cardholder|patron|shopper|guest)"
					+ "(?:\\s+here)?\\s+(?<w>since\\s+(?:\\d{4}|the\\s+\\d{2,4}s|(?:it|you)\\s+(?:opened|started|launched))|for\\s+(?:over\\s+|about\\s+|nearly\\s+|almost\\s+|more than\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\\s+(?:years|yrs|decades))\\b", FLAGS).matcher(clause);
			if (!m.find() || !(m.group().matches("(?i)^(?:i|been)\\b.*") || opensSentence(clause, original) && aboutWriter(original))) {
				return;
			}
			String role = lower(m.group().replaceFirst("(?i)^(?:(?:i've|i have|ive)\\s+been\\s+|been\\s+|(?:i'm|i am|im)\\s+)?(?:an?\\s+)?", "").replaceFirst("(?i)\\s+(?:here\\s+)?(?:since|for)\\b.*$", ""));
			String when = lower(m.group("w"));
			out.accept(fact(BEHAVIOR, "loyalty", "loyalty", capitalise(role) + " " + when, role + " " + when, Map.of("loyalty", role + " " + when), 0.7, true));
		});
		// Where they spend part of the year: "spending winters in Tenerife", "I spend summers at the lake"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|^(?:i'm|i am|im|i|we)\\s+|\\band\\s+|,\\s*)(?:now\\s+)?(?:spend|spending)\\s+(?<w>(?:the\\s+|my\\s+|our\\s+|most\\s+)?(?:winters|summers|weekends|holidays|the winter|the summer|half the year|part of the year|(?:six|three|four|two)\\s+months\\s+a\\s+year))\\s+(?:in|at|on)\\s+(?<x>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)", 0).matcher(clause);
			if (!m.find() || NOT_NOW_HABIT.matcher(original).find() || !(clause.matches("(?i)^(?:i|i'm|im|we|spend|spending)\\b.*") || writersClause(clause, original) || opensSentence(clause, original) && aboutWriter(original))) {
				return;
			}
			String when = lower(m.group("w")).replaceAll("\\b(?:my|our)\\b", "their");
			out.accept(fact(BEHAVIOR, "routine", "routine_spends_" + slug(when), "Spends " + when + " in " + m.group("x"), m.group("x"), Map.of("routine", "spends " + when + " in " + m.group("x")), 0.65, false));
		});
		// Work hours: "I work 9 to 5", "I start work at 10", "I mostly work late evenings", "I work weekends"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:(?:^|\\b(?:since|as|because|cos|cause|so|and)\\s+)i\\s+|^(?:i|i'm|im|i am)\\b[^,]*?\\band\\s+)(?:usually\\s+|mostly\\s+|mainly\\s+|normally\\s+|generally\\s+|only\\s+|always\\s+)?"
					+ "(?<v>work|start work|start|finish work|finish|clock in|clock off|get off work|leave work)\\s+(?<x>(?:from\\s+)?" + HOUR + "\\s*(?:-|–|to|till|until)\\s*" + HOUR
					+ "|nine to five|(?:night|late|early|day|weekend|rotating|split|long|12[- ]hour|twelve[- ]hour)\\s+shifts|(?:late|early)\\s+(?:evenings|mornings|nights|shifts)|nights|evenings|weekends|(?:at|around|by)\\s+" + HOUR + ")(?![\\p{L}\\d%])(?<rest>.*)$", FLAGS).matcher(clause);
			if (!m.find() || NOT_NOW_HABIT.matcher(clause).find() || NOT_A_ROUTINE.matcher(ROUTINE_END.matcher(m.group()).replaceFirst("")).find()) {
				return;
			}
			String verb = lower(m.group("v"));
			String when = lower(m.group("x"));
			if (!"work".equals(verb) && RECURRING.matcher(original).find()) {
				return; // "I finish work at 6pm on Fridays": the routine rule reads it with its day
			}
			if (verb.matches("start|finish") && !when.startsWith("at") && !when.startsWith("around") && !when.startsWith("by")
					|| verb.matches("start|finish") && compiled("^\\s+(?:on|this|next)\\b", FLAGS).matcher(m.group("rest")).find()) {
				return; // "I start nights next week"
			}
			String[] verbWords = verb.split("\\s+", 2);
			String said = capitalise(thirdPerson(verbWords[0], (verbWords.length > 1 ? verbWords[1] + " " : "") + when));
			out.accept(fact(BEHAVIOR, "routine", "routine_work_hours", said, verb + " " + when, Map.of("routine", lower(said)), 0.7, true));
		});
		// Where and when they are: "I'm usually online between 8pm and midnight", "I'm at the Canary Wharf office Mon-Wed",
		// "I'm in every morning for a flat white", "I'm at hot desk 4 every Thursday"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^(?:i'm|i am|im)\\s+|^(?:i'm|i am|im)\\b[^,]*?\\band\\s+)(?<adv>(?:usually|mostly|normally|generally|typically|always|only|basically|pretty much)\\s+)*"
					+ "(?<w>online|up|awake|around|free|available|in|here|at\\s+(?:my\\s+desk|the\\s+(?:[\\p{L}0-9'-]+\\s+){0,3}?" + PLACE_NOUN + "|hot desk\\s+\\d+|home)|in\\s+the\\s+office|in\\s+(?:the\\s+)?(?:studio|shop|lab|gym))\\s+"
					+ "(?<t>(?:from\\s+|between\\s+)?[^,;]*?)$", FLAGS).matcher(clause.replaceFirst("(?i)\\s*[,;].*$", "").replaceFirst("(?i)\\s+(?:for|on the way|and it|and the|so|but|because)\\b.*$", ""));
			if (!m.find() || NOT_NOW_HABIT.matcher(clause).find() || ONE_OFF.matcher(original).find()
					|| m.start("adv") >= 0 && !m.group("adv").isBlank() && clause.matches("(?i)^(?:i'm|i am|im)\\s+(?:usually|mostly|normally|generally|typically|always|only|basically|pretty much)\\b.*")
					&& m.group("w").matches("(?i)online|up|awake|around|free|busy|in|at\\b.*")) {
				return; // "I'm usually online around 3am" is the routine rule's
			}
			String t = m.group("t");
			Matcher span = TIME_SPAN.matcher(t);
			Matcher days = DAY_RANGE.matcher(t);
			Matcher every = EVERY_OCCASION.matcher(t);
			Matcher most = compiled("\\bmost\\s+(?:days|mornings|evenings|nights|weekends|weeks)\\b|\\bon\\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends)\\b", FLAGS).matcher(t);
			boolean spanOk = span.find() && span.group().matches("(?i).*(?:am|pm|midnight|noon|midday|:).*");
			String when = spanOk ? span.group() : days.find() ? days.group() : every.find() ? every.group() : most.find() ? most.group() : null;
			if (when == null || m.group("w").matches("(?i)in|here|around|free|available") && !every.reset().find() && !spanOk && !most.reset().find()) {
				return;
			}
			String where = m.group("w").replaceAll("(?i)\\bmy\\b", "their");
			String adv = m.group("adv") == null ? "" : lower(m.group("adv")).replaceAll("\\b(?:basically|pretty much)\\b\\s*", "");
			String rest = t.substring(0, t.toLowerCase(Locale.ROOT).indexOf(when.toLowerCase(Locale.ROOT))).strip();
			String said = "Is " + adv + where + (rest.isEmpty() || words(rest) > 4 ? "" : " " + rest) + " " + when;
			out.accept(fact(BEHAVIOR, "routine", "routine_" + slug(where.replaceFirst("(?i)^at\\s+", "")), said, lower(where) + " " + when, Map.of("routine", lower(said)), 0.65, false));
		});
		// "I do my own taxes every April", "I listen every commute", "I top up every payday"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^i\\s+(?<adv>(?:usually\\s+|always\\s+|normally\\s+|also\\s+|still\\s+|just\\s+)*)(?<v>\\p{L}+)(?<rest>(?:\\s+[^,;]{1,40}?)?)\\s+(?<w>(?:every|each)\\s+(?:single\\s+)?(?:commute|payday|shift|trip|visit|season|month|year|quarter|spring|summer|autumn|fall|winter"
					+ "|january|february|march|april|may|june|july|august|september|october|november|december|match|home game|race))\\b", FLAGS).matcher(clause);
			if (!m.find() || NOT_NOW_HABIT.matcher(clause).find() || NOT_A_ROUTINE.matcher(m.group()).find()) {
				return;
			}
			String verb = lower(m.group("v"));
			String rest = m.group("rest").strip();
			if (PAST_OR_STATE_VERBS.contains(verb) && !verb.matches("do|read") || NOT_ROUTINE_VERBS.contains(verb) || verb.endsWith("ed") || verb.endsWith("'t") || verb.endsWith("ing")
					|| compiled("\\b(?:you|your|it|this|that)\\b", FLAGS).matcher(rest).find()) {
				return;
			}
			String said = capitalise(thirdPerson(verb, rest.isEmpty() ? null : rest.replaceAll("(?i)\\bmy\\b", "their"))) + " " + lower(m.group("w"));
			out.accept(fact(BEHAVIOR, "routine", "routine_" + slug(verb + " " + rest), said, verb + (rest.isEmpty() ? "" : " " + rest), Map.of("routine", lower(said)), 0.65, false));
		});
		// "I'm the type of person who reads every review before buying", "I'm someone who plans every trip to the minute"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:i'm|i am|im)\\s+(?:the\\s+(?:type|kind|sort)\\s+of\\s+(?:person|guy|girl|woman|man|customer|shopper)|someone|one of those (?:people|customers|shoppers))\\s+(?:who|that)\\s+"
					+ "(?<adv>(?:always\\s+|usually\\s+|never\\s+|only\\s+|actually\\s+)*)(?<v>\\p{L}+s)\\b(?<rest>[^,;]*)", FLAGS).matcher(clause);
			if (!m.find() || NOT_NOW_HABIT.matcher(clause).find()) {
				return;
			}
			String verb = lower(m.group("v"));
			String rest = phrase(m.group("rest"));
			if (verb.matches("is|was|has|does|needs|wants|likes|loves|hates|prefers|thinks|knows") || rest != null && words(rest) > 8) {
				return;
			}
			String said = capitalise(lower(m.group("adv")).strip().isEmpty() ? verb : lower(m.group("adv")).strip() + " " + verb) + (rest == null ? "" : " " + rest.replaceAll("(?i)\\bmy\\b", "their"));
			out.accept(fact(BEHAVIOR, "habit", "habit_" + slug(verb + " " + (rest == null ? "" : rest)), said, said, Map.of("habit", lower(said)), 0.65, false));
		});
		// Distances and amounts they do: "I do about 30km a week", "I drive 30k miles a year", "I run like 40 miles a week"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:right now\\s+|currently\\s+|at the moment\\s+)?i\\s+(?:usually\\s+|normally\\s+|currently\\s+|already\\s+|now\\s+)?(?<v>do|run|ride|cycle|drive|walk|swim|cover|clock|rack up|put in)\\s+(?<h>about\\s+|around\\s+|roughly\\s+|like\\s+|over\\s+|maybe\\s+|close to\\s+|nearly\\s+)?"
					+ "(?<x>\\d+(?:[.,]\\d+)?\\s*k?\\s*(?:km|kms|k|miles|mi|kilometres|kilometers|laps|steps|hours|hrs))\\s+(?<f>(?:a|per|each|every)\\s+(?:day|week|month|year))\\b", FLAGS).matcher(clause);
			if (!m.find() || NOT_NOW_HABIT.matcher(clause).find() || NOT_A_ROUTINE.matcher(m.group()).find()) {
				return;
			}
			String verb = lower(m.group("v"));
			String x = lower(m.group("x"));
			// the "about" stays, as the routine rule says it: one fact, not two that differ by a word
			String hedge = m.group("h") == null ? "" : (lower(m.group("h")).strip().equals("like") ? "about" : lower(m.group("h")).strip()) + " ";
			String said = capitalise(thirdPerson(verb, hedge + x)) + " " + lower(m.group("f"));
			out.accept(fact(BEHAVIOR, "routine", "routine_amount_" + slug(verb), said, x + " " + lower(m.group("f")), Map.of("routine", lower(said)), 0.65, false));
		});
		// Devices and versions they use: "I mostly use the desktop site", "I only use my Pixel for banking", "I use my iPad for everything"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^i\\s+(?:only\\s+|mostly\\s+|mainly\\s+|usually\\s+|always\\s+|just\\s+|basically\\s+|pretty much\\s+|normally\\s+)*(?:ever\\s+)?use\\s+(?:my|the|a|an)\\s+"
					+ "(?<x>(?:desktop|mobile|web|browser|ios|android|tablet|ipad)\\s+(?:site|version|app)|(?:(?:work\\s+)?(?:" + DEVICES + ")|(?:" + DEVICE_BRANDS + "))(?:\\s+\\p{L}*\\d+\\p{L}*(?:\\s+(?:pro|max|mini|plus|ultra|lite|fe|se))*)?)\\b(?<rest>.*)$", FLAGS).matcher(clause);
			if (!m.find() || NOT_NOW_HABIT.matcher(clause).find() || NOT_A_ROUTINE.matcher(ROUTINE_END.matcher(m.group("rest")).replaceFirst("")).find()
					|| !m.group().matches("(?i)^i\\s+(?:only|mostly|mainly|usually|always|just|basically|pretty much|normally|ever)\\b.*")
					&& !m.group("rest").matches("(?i)^\\s*(?:for\\s+\\p{L}+.*|at\\s+home.*|all the time.*|(?:exclusively|only).*)$")
					&& !(compiled("^i\\s+use\\s+an?\\s+", FLAGS).matcher(m.group()).find() && compiled("(?:" + DEVICE_BRANDS + "|android|mac|chromebook)(?:\\s+\\S+)*").matcher(lower(m.group("x"))).matches())) {
				return; // "I use my phone" says nothing; "I mostly use my phone", "I use an iPhone", "I use my iPad for everything" say how
			}
			String x = m.group("x").matches(".*\\p{Lu}.*") ? m.group("x") : lower(m.group("x"));
			Matcher purpose = compiled("^\\s*for\\s+(?<p>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)", FLAGS).matcher(m.group("rest"));
			String said = "Uses their " + x + (purpose.find() && !purpose.group("p").matches("(?i)^(?:it|this|that|now|a|the|work)\\b.*") ? " for " + lower(purpose.group("p")) : "");
			out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(x), said, x, Map.of("habit", lower(said)), 0.65, false));
		});
		// The app or site with a time: "I basically only use the app at night", "I always shop on the app on Sunday evenings"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^i\\s+(?:only\\s+|mostly\\s+|mainly\\s+|usually\\s+|always\\s+|just\\s+|basically\\s+|pretty much\\s+|normally\\s+)*(?<v>use|check|open|browse|shop on|order on|order through|log in(?:to)?|go on)\\s+(?:the|your|this)\\s+(?:app|site|website)\\s+"
					+ "(?<w>at night|late at night|in the (?:mornings|evenings)|(?:every|each)\\s+(?:morning|evening|night|day)|(?:at|around)\\s+(?:like\\s+)?" + CLOCK + "|on\\s+(?:" + DAY_ABBR + "s?)(?:\\s+(?:mornings|evenings|nights))?|on my (?:commute|lunch ?break))\\b", FLAGS).matcher(clause);
			if (!m.find() || NOT_NOW_HABIT.matcher(clause).find() || NOT_A_ROUTINE.matcher(m.group()).find()) {
				return;
			}
			if (!"use".equals(lower(m.group("v"))) && RECURRING.matcher(original).find()) {
				return; // with "usually", "every morning" the routine rule reads it in their words
			}
			String when = lower(m.group("w")).replaceAll("\\bmy\\b", "their").replaceAll("\\blike\\s+(?=\\d)", "around ");
			if (when.matches("on\\s+\\p{L}+day") && !m.group().matches("(?i)^i\\s+(?:only|mostly|mainly|usually|always|normally)\\b.*")) {
				return; // "I use the app on Monday" is one day
			}
			out.accept(fact(BEHAVIOR, "routine", "routine_app_use", "Uses the app " + when, "app " + when, Map.of("routine", "uses the app " + when), 0.65, true));
		});
	}

	private void roundFiveContact() {
		// "I'd prefer you call me Ms. Chen", "I'd like you to address me as Dr Okafor"
		rule("^i(?:'d| would)?\\s+(?:prefer|like|rather)\\s+(?:it\\s+if\\s+)?(?:you\\s+(?:to\\s+)?|to\\s+be\\s+)(?:call(?:ed)?|address(?:ed)?)\\s+(?:me\\s+)?(?:as\\s+)?(?<x>(?:(?:dr|mr|mrs|ms|mx|prof|professor|miss)\\.?\\s+)?(?-i:\\p{Lu})[\\p{L}'-]+)", (m, out) -> {
			String x = m.group("x").strip();
			out.accept(fact(COMMUNICATION, "address", "preferred_name", "Prefers to be called " + x, x, Map.of("preferred_name", x), 0.8, true));
		});
		// "I'm only reachable by email", "I'm best reached on WhatsApp", "the best way to reach me is WhatsApp", "best to email me"
		rule("^(?:i'm|i am|im)\\s+(?:only\\s+|best\\s+|easiest\\s+|most easily\\s+)?(?:reachable|reached|contactable|available)\\s+(?:only\\s+)?(?:by|on|via|through|over)\\s+(?<x>" + CHANNEL + "|whatsapp|telegram|signal)\\b"
				+ "|^(?:the\\s+)?(?:best|easiest|only|quickest)\\s+way\\s+to\\s+(?:reach|contact|get hold of)\\s+me\\s+is\\s+(?:by\\s+|via\\s+|on\\s+|through\\s+)?(?<y>" + CHANNEL + "|whatsapp|telegram|signal)\\b"
				+ "|^(?:it's\\s+)?best\\s+to\\s+(?<z>email|text|message|whatsapp|call|ring|phone)\\s+me\\b", (m, out) -> {
					String x = m.group("x") != null ? m.group("x") : m.group("y") != null ? m.group("y") : m.group("z");
					channel(lower(x).replaceFirst("^(?:call|ring)$", "phone"), out);
				});
		// "I'd prefer a callback rather than chat", "I'd like a phone call instead"
		rule("^i(?:'d| would)?\\s+(?:prefer|like|rather have)\\s+(?:a\\s+)?(?:callback|call back|call-back|phone call|call)\\s+(?:rather than|instead of|over|to|instead)\\b", (m, out) -> channel("phone", out));
		// "Please don't phone, I can't hear well", "don't ring"
		rules.add((clause, original, out) -> {
			// alone; with "WhatsApp is better" or a time ("don't call before 10") other rules say what they want
			if (compiled("^(?:please\\s+|pls\\s+)?(?:don't|do not|never)\\s+(?:phone|ring|call)(?:\\s+me)?(?=\\s*(?:[,.!;]|$|please\\b|pls\\b))", FLAGS).matcher(clause).find()
					&& !compiled("\\b(?:better|best|prefer|rather|instead)\\b|\\b(?:before|after|until)\\s+(?:\\d|noon\\b|midday\\b|midnight\\b|lunch(?:time)?\\b)", FLAGS).matcher(original).find()) {
				out.accept(fact(COMMUNICATION, "contact_channel", "avoid_phone_calls", "Prefers not to be phoned", "phone calls", Map.of("avoid", "phone calls"), 0.7, false, -1));
			}
		});
		// "Please be blunt", "just be direct"
		rule("^(?:please\\s+|pls\\s+|just\\s+)*be\\s+(?<x>blunt|direct|frank|straight|straightforward|upfront|honest)(?=\\s*(?:[,.!;]|$|please\\b|pls\\b|with me\\b))", (m, out) -> {
			String tone = lower(m.group("x"));
			out.accept(fact(COMMUNICATION, "tone", "tone", "Wants a " + tone + " tone", tone, Map.of("tone", tone), 0.75, true));
		});
		// "Don't use jargon please", "avoid jargon", "skip the jargon"
		rule("^(?:please\\s+|pls\\s+)?(?:don't use|do not use|avoid|skip|cut|no more)\\s+(?:the\\s+|any\\s+|all the\\s+)?(?:jargon|technical terms|tech speak|techspeak|acronyms)\\b", (m, out) ->
				out.accept(fact(COMMUNICATION, "technical_level", "technical_level", "Prefers simple, non-technical explanations (no jargon)", "simple", Map.of("technical_level", "simple"), 0.75, true)));
		// "No need to be formal": the opening "no" is read as a greeting word, so the rule looks at the sentence
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:oh|and|also|btw)\\s*,?\\s+)?(?:no need to be|you don't have to be|you do not have to be|don't be so|no need for)\\s+(?:so\\s+)?(?:formal|polite|stiff|posh)\\b", FLAGS).matcher(original.strip());
			if (m.find() && opensSentence(clause, original)) {
				out.accept(fact(COMMUNICATION, "tone", "tone", "Prefers a casual tone", "casual", Map.of("tone", "casual"), 0.7, true));
			}
		});
		// "Reply in a few sentences max", "keep replies under 100 words", "answer in two lines"
		rule("^(?:please\\s+|pls\\s+|just\\s+)*(?:reply|answer|respond|write|keep\\s+(?:it|replies|answers|responses|things|your (?:replies|answers)))\\s+(?:in|to|under|below|within|at)\\s+(?:most\\s+)?(?:a few|one|two|three|four|five|\\d+|a couple of|a single)\\s+(?:sentences?|lines?|words|paragraphs?|bullet points)\\b", (m, out) -> answerLength("short", 0.75, m.group(), out));
		// When to contact them: "Only contact me on weekdays between 9 and 5", "call me in the mornings", "email me during office hours"
		rule("^(?:please\\s+|pls\\s+|kindly\\s+)*(?:only\\s+)?(?:contact|call|ring|phone|text|message|email|reach)\\s+me\\s+(?:only\\s+)?(?<x>(?:on|during)\\s+(?:weekdays|weekends|week ?days|(?:mon|tues|wednes|thurs|fri|satur|sun)days)(?:\\s+between\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?\\s+and\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?)?"
				+ "|in\\s+the\\s+(?:mornings?|evenings?|afternoons?)|during\\s+(?:the\\s+)?(?:day|daytime|working hours|office hours|business hours|school hours))\\b", (m, out) -> {
					String when = lower(m.group("x"));
					out.accept(fact(COMMUNICATION, "contact_time", "contact_time", "Contact only " + when, when, Map.of("contact_time", when), 0.75, true));
				});
		// "please schedule the call in my morning", "book calls for the afternoon please"
		rule("^(?:please\\s+|pls\\s+|kindly\\s+)*(?:schedule|book|set up|arrange|put)\\s+(?:the|any|all|our|my|a)?\\s*(?:calls?|meetings?|appointments?|sessions?)\\s+(?:in|for|during)\\s+(?:my|the)\\s+(?<x>mornings?|afternoons?|evenings?|lunch ?(?:break|time)|daytime)\\b", (m, out) -> {
			String when = lower(m.group("x"));
			out.accept(fact(COMMUNICATION, "contact_time", "contact_time", "Calls best in their " + when, when, Map.of("contact_time", when), 0.7, true));
		});
		// "I'd rather you didn't send me push notifications", "please stop sending me newsletters"
		rule("^(?:i(?:'d| would)\\s+(?:much\\s+)?rather\\s+you\\s+(?:didn't|did not|don't|do not)\\s+send|(?:please\\s+)?stop\\s+sending)\\s+(?:me\\s+)?(?:any\\s+(?:more\\s+)?|the\\s+|all the\\s+|so many\\s+)?(?<x>push notifications|notifications|newsletters|marketing emails|promotional emails|promo emails|reminders|alerts|texts|sms|emails)\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(COMMUNICATION, "contact_channel", "avoid_" + slug(what), "Does not want " + what, what, Map.of("avoid", what), 0.75, false, -1));
		});
		// "Pls always text me on WhatsApp", "message me via Telegram", "reach me on Signal"
		rule("^(?:please\\s+|pls\\s+|plz\\s+|just\\s+|always\\s+|only\\s+)*(?:text|message|contact|reach|ping|dm|call|ring)\\s+me\\s+(?:only\\s+)?(?:on|via|through|over|using)\\s+(?<x>whatsapp|telegram|signal|messenger|slack|teams|imessage|viber|wechat|line|sms|email|e-mail)\\b", (m, out) -> channel(m.group("x"), out));
		// "I never check email, whatsapp is the only way to reach me": the channel after a comma
		rule(",\\s*(?<x>" + CHANNEL + ")(?:'s|\\s+is)\\s+(?:the\\s+)?(?:only|best|easiest|quickest|fastest)\\s+way\\s+to\\s+(?:reach|contact|get hold of|get to|get)\\s+(?:me|us)\\b",
				(m, out) -> channel(m.group("x"), out));
		// "phone me instead", "call me rather" (after "could someone ...?")
		rule("^(?:please\\s+|just\\s+)?(?<x>phone|call|ring)\\s+me\\s+(?:instead|rather)\\b", (m, out) -> channel("phone", out));
		// "(Please) just give me short answers", "just send short replies"
		rule("^(?:please\\s+|pls\\s+|just\\s+|only\\s+)*(?:give|send|write)\\s+(?:me\\s+)?(?:only\\s+|just\\s+)?(?:short|shorter|brief|concise|quick)\\s+(?:answers|replies|responses|messages)\\b", (m, out) -> answerLength("short", 0.75, m.group(), out));
		// "Just give me the numbers", "give me the facts", "only the key points please"
		rule("^(?:please\\s+|pls\\s+|just\\s+)*give\\s+me\\s+(?:just\\s+|only\\s+)?the\\s+(?<x>numbers|figures|facts|bottom line|key points|main points|gist|short version|headline)(?:\\s+please|\\s+pls)?\\s*[.!]*$", (m, out) -> {
			String x = lower(m.group("x"));
			out.accept(fact(COMMUNICATION, "answer_style", "answer_style", "Wants just the " + x, x, Map.of("answer_style", "just the " + x), 0.7, true));
		});
		// "Please, no emojis or chatty stuff": the opening "no" is read as a greeting word, so the rule looks at the sentence
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:please|pls|and|also)\\s*,?\\s+)*(?:no|without)\\s+(?:more\\s+)?(?<x>emojis?|emoticons|gifs)\\b(?:\\s+(?:or|and)\\s+(?<y>chatty stuff|chit-?chat|small talk|fluff|waffle|jokes))?(?=\\s*(?:[,.!;]|$|please\\b|pls\\b|thanks\\b|thank you\\b))", FLAGS).matcher(original.strip());
			if (m.find() && clause.regionMatches(true, 0, m.group("x"), 0, 4)) {
				out.accept(fact(COMMUNICATION, "format", "format_no_emoji", "Prefers no emojis" + (m.group("y") == null ? "" : " or " + lower(m.group("y"))), "no emojis", Map.of("format", "no emojis"), 0.7, false));
			}
		});
		// "use chat or email", "please use email", "use my work email"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*|\\bso\\s+)(?:please\\s+|pls\\s+|plz\\s+|just\\s+|kindly\\s+)*use\\s+(?<x>(?:my\\s+)?(?:work|personal|private|business|office|other|home)\\s+(?:email|e-mail|address|number|phone)"
					+ "|" + CHANNEL + "(?:\\s*(?:or|and|/|&)\\s*" + CHANNEL + ")*)(?:\\s+(?:instead|please|pls|plz|only|rather|from now on))*(?=\\s*(?:[,.!;]|$))", FLAGS).matcher(clause);
			// a wish about them ("please don't call, use chat or email", "use my work email"), not an instruction ("to reset it, use email")
			if (!m.find() || !lower(m.group("x")).matches("(?:my\\s+)?(?:work|personal|private|business|office|other|home)\\s+.*")
					&& !compiled("\\b(?:please|pls|plz|instead|rather|only|don't|do not|never|can't|cannot|no)\\b", FLAGS).matcher(original).find()) {
				return;
			}
			channel(lower(m.group("x")).replaceFirst("^my\\s+", ""), out);
		});
		// "send all invoices to my work email", "from now on please send the receipts to my personal address"
		rule("^(?:(?:and\\s+)?(?:from now on|in future|going forward)\\s*,?\\s+)?(?:please\\s+|pls\\s+|kindly\\s+|always\\s+|just\\s+)*(?:send|forward|email|e-mail)\\s+(?:all\\s+|any\\s+|the\\s+|future\\s+|all future\\s+|all the\\s+)*(?<d>[\\p{L}-]+)\\s+to\\s+my\\s+(?<x>(?:work|personal|private|business|office|other|home|new|gmail|outlook)\\s+(?:email|e-mail|address|inbox|account))\\b", (m, out) -> {
			String what = lower(m.group("d"));
			if (what.matches("it|this|that|them|one|me")) {
				return;
			}
			String x = lower(m.group("x")).replace("e-mail", "email");
			out.accept(fact(COMMUNICATION, "contact_channel", "contact_channel", "Wants " + what + " sent to their " + x, x, Map.of("channel", x, "for", what), 0.75, true));
		});
		// "I only want updates by email", "I'd like the reminders by text"
		rule("^i\\s+(?:only\\s+)?(?:want|'d like|would like|'d prefer|would prefer|prefer|get|receive)\\s+(?:all\\s+|my\\s+|the\\s+|any\\s+)*(?:updates|notifications|news|reminders|replies|answers|confirmations|messages|alerts|offers|receipts|invoices|contact)\\s+(?:only\\s+)?(?:by|via|through|over|on|in)\\s+(?<x>" + CHANNEL + ")(?:\\s+only)?\\b", (m, out) -> channel(m.group("x"), out));
		// "reply by email rather than telephone", "Kindly respond by letter", "answer by text please"
		rule("(?:^|\\bgrateful\\s+)(?:please\\s+|kindly\\s+|pls\\s+|just\\s+|always\\s+|only\\s+)*(?:reply|respond|answer|write back|get back to me|contact me|correspond)\\s+(?:to me\\s+)?(?:only\\s+)?(?:by|via|through|over|in)\\s+(?<x>" + CHANNEL + "|letter|post|mail)\\b", (m, out) -> {
			channel(lower(m.group("x")), out);
		});
		// A language for what they are sent: "Please send the documents in Arabic", "I need the manual in Ukrainian", "Please always reply in German"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:please\\s+|pls\\s+|kindly\\s+|could you\\s+|can you\\s+)*(?:always\\s+|only\\s+|just\\s+)?(?:(?:send|give|write)\\s+(?:me\\s+)?(?:all\\s+)?(?:the\\s+|your\\s+|any\\s+|my\\s+)?(?:" + PAPERS + ")"
					+ "|i\\s+(?:need|want|would like|'d like|'d prefer|prefer)\\s+(?:the\\s+|all\\s+|my\\s+|your\\s+|a\\s+)?(?:" + PAPERS + ")"
					+ "|(?:answer|reply|respond|write|talk|speak)(?:\\s+to\\s+me)?)\\s+in\\s+(?<x>\\p{L}+)\\b", FLAGS).matcher(clause);
			if (!m.find() || !Lexicon.LANGUAGES.contains(lower(m.group("x")))) {
				return;
			}
			String name = capitalise(lower(m.group("x")));
			out.accept(fact(COMMUNICATION, "reply_language", "reply_language", "Wants replies and documents in " + name, name, Map.of("language", name), 0.8, true));
		});
		// Tone and level asked of the replies: "Please keep your replies formal", "Preferably formal responses", "keep it technical pls"
		rule("^(?:please\\s+|pls\\s+|kindly\\s+|just\\s+)*(?:keep|make)\\s+(?:your\\s+|the\\s+|all\\s+)?(?:it|things|replies|answers|responses|emails|messages|communication|language|tone)\\s+(?:(?:strictly|very|more|a bit more|fairly)\\s+)?(?<x>formal|professional|technical|informal|casual|friendly|simple|polite)\\b"
				+ "|^(?:preferably|ideally|only)\\s+(?<y>formal|professional|technical|informal|casual)\\s+(?:responses|replies|answers|emails|communication|language|tone)\\b", (m, out) -> {
					String tone = lower(m.group("x") != null ? m.group("x") : m.group("y"));
					if ("technical".equals(tone)) {
						out.accept(fact(COMMUNICATION, "technical_level", "technical_level", "Prefers technical answers", "technical", Map.of("technical_level", "technical"), 0.75, true));
					}
					else if ("simple".equals(tone)) {
						out.accept(fact(COMMUNICATION, "technical_level", "technical_level", "Prefers simple, non-technical explanations", "simple", Map.of("technical_level", "simple"), 0.75, true));
					}
					else {
						out.accept(fact(COMMUNICATION, "tone", "tone", "Prefers a " + tone + " tone", tone, Map.of("tone", tone), 0.75, true));
					}
				});
		// "please write simple words", "use simple words please", "clear, literal instructions help me a lot"
		rule("(?:^|,\\s*|\\bso\\s+)(?:please\\s+|pls\\s+|kindly\\s+|just\\s+)*(?:write|use|speak|talk)\\s+(?:with\\s+|in\\s+)?(?:simple|easy|plain|short|basic)\\s+(?:words|english|language|sentences)\\b", (m, out) ->
				out.accept(fact(COMMUNICATION, "technical_level", "technical_level", "Prefers simple words", "simple words", Map.of("technical_level", "simple"), 0.75, true)));
		rule("^(?:clear\\s*,?\\s+|short\\s*,?\\s+|simple\\s*,?\\s+|written\\s*,?\\s+|step-by-step\\s*,?\\s+|literal\\s*,?\\s+|visual\\s*,?\\s+)+(?<x>(?:[\\p{L}-]+\\s+)?(?:instructions|explanations|steps|answers|examples))\\s+(?:help|helps|work|works)\\s+(?:me\\s+)?(?:best|better|a lot|so much|loads)?", (m, out) -> {
			String how = lower(m.group()).replaceFirst("\\s+(?:help|helps|work|works)\\b.*$", "").replaceAll("\\s*,\\s*", ", ");
			out.accept(fact(COMMUNICATION, "answer_style", "answer_style", "Does better with " + how, how, Map.of("answer_style", how), 0.75, true));
		});
	}

	// ---------------------------------------------------------------- broader forms: fragments, habits, introductions

	/** A duration that makes a state durable: "for six years", "since I was five"; not "since this morning". */
	private static final String DURABLE = "(?:for\\s+(?:over\\s+|about\\s+|almost\\s+|nearly\\s+|more than\\s+|the (?:past|last)\\s+)?"
			+ "(?:\\w+\\s+){0,3}(?:years?|yrs?|decades?|months?|ages|a while|a long time|most of my life|my whole life|life)|"
			+ "since\\s+(?!this\\b|today\\b|yesterday\\b|last night\\b|lunch\\b|breakfast\\b|an hour\\b|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)\\b))";

	/** A state said about today only: "I'm tired today" teaches nothing durable. */
	private static final Pattern ONE_OFF = Pattern.compile(
			"\\b(today|tonight|this (?:morning|afternoon|evening|week)|right now|at the moment|currently feeling|yesterday)\\b", FLAGS);

	private static final Pattern GREETING = Pattern.compile("^(?:hi|hello|hey|hiya|heya|yo|morning|good (?:morning|afternoon|evening)|"
			+ "hola|hallo|bonjour|salut|ciao|olá|ola|merhaba|selam|hej|hoi|moin|servus)\\b", FLAGS);

	private static final Pattern FOREIGN_INTRODUCTION = Pattern.compile("^(?:(?:hola|hallo|bonjour|salut|ciao|olá|ola|merhaba|selam|hej|hoi|moin|servus|hi|hello|hey)"
			+ "[,!]?\\s+)?(?<intro>soy|me llamo|mi nombre es|ich bin|ich heiße|ich heisse|mein name ist|je suis|je m'appelle|"
			+ "sono|mi chiamo|eu sou|meu nome é|me chamo|ik ben|mijn naam is|jag heter|jag är|jestem|mam na imię|ben|benim adım|adım)\\s+"
			+ "(?<x>\\p{L}[\\p{L}'-]+)(?:\\s+(?:from|aus|de|di|da|uit|van|från|z)\\s+(?<from>(?-i:\\p{Lu})[\\p{L}-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}-]+)?))?\\s*(?:[.!]|,.*)?$", FLAGS);

	private static final java.util.Set<String> NOT_A_DAY_NAME = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december", "me", "him", "her", "them", "us", "you", "there", "here",
			"fine", "ok", "okay", "true", "late", "early", "over", "done", "time", "christmas", "easter");

	private static final java.util.Set<String> NOT_A_NAME_HERE = java.util.Set.of("everyone", "anyone", "someone", "nobody",
			"somebody", "same", "newbie", "noob", "beginner", "dad", "mum", "mom", "parent", "mother", "father", "vegan",
			"vegetarian", "lurker", "customer", "user", "member", "hello", "hi", "hey", "again", "still", "right", "over",
			"nothing", "something", "everything", "stuck", "me", "you", "we", "they", "us", "question", "update");

	private static final java.util.Set<String> PAST_OR_STATE_VERBS = java.util.Set.of("got", "went", "had", "did", "made",
			"said", "took", "came", "saw", "knew", "thought", "told", "bought", "paid", "sent", "left", "felt", "found",
			"gave", "heard", "kept", "lost", "put", "ran", "won", "wrote", "have", "has", "need", "want", "know", "am",
			"was", "were", "be", "get", "see", "understand", "remember", "forget", "mean", "think", "seem",
			"ask", "asked", "receive", "hear", "feel", "say", "tell", "can", "could", "will", "would", "should", "do",
			"does", "realised", "realized", "wanted", "liked", "loved", "used", "end", "wish", "hope", "read");

	/** Verbs other rules read better: "I usually prefer X" is a preference, "I always cycle" an activity. */
	private static final Pattern HABIT_ELSEWHERE = Pattern.compile("prefer|like|love|enjoy|hate|dislike|adore|speak|live|work|play|collect|"
			+ "practi[sc]e|cycle|bike|run|jog|swim|hike|surf|climb|dance|paint|draw|knit|sew|bake|garden|fish|sing|ski|skate|snowboard|"
			+ "row|box|meditate|sail|kayak|camp|golf|crochet|study|teach|commute", FLAGS);

	private void fragment(String regex, RuleBody body) {
		Pattern pattern = compiled(regex, FLAGS);
		rules.add((clause, original, out) -> {
			Matcher matcher = pattern.matcher(clause);
			if (matcher.find() && opensSentence(clause, original) && !ONE_OFF.matcher(original).find()) {
				body.apply(matcher, out);
			}
		});
	}

	/** A rule whose statement must not be about today only. */
	private void durable(String regex, RuleBody body) {
		Pattern pattern = compiled(regex, FLAGS);
		rules.add((clause, original, out) -> {
			Matcher matcher = pattern.matcher(clause);
			if (matcher.find() && !ONE_OFF.matcher(original).find()) {
				body.apply(matcher, out);
			}
		});
	}

	/** Whether the clause is the start of its sentence, so a verbless fragment is about the writer. */
	private static boolean opensSentence(String clause, String original) {
		String start = LEADING.matcher(original.strip()).replaceFirst("");
		start = HEDGE.matcher(start).replaceFirst("");
		int n = Math.min(8, clause.length());
		return start.regionMatches(true, 0, clause, 0, n);
	}

	private static void languages(String raw, Consumer<ExtractedFact> out) {
		for (String item : items(raw)) {
			String level = lower(item).matches(".*\\b(a little|some|basic|a bit of|bits of)\\b.*") ? "some" : "fluent";
			for (String word : item.split("\\s+")) {
				String language = lower(word);
				if (Lexicon.LANGUAGES.contains(language)) {
					String name = capitalise(language);
					out.accept(fact(PERSONAL, "language", "language_" + language,
							"Speaks " + name + ("some".equals(level) ? " (a little)" : ""), name,
							Map.of("language", name, "level", level), 0.75, false));
				}
			}
		}
	}

	/** An allergy the writer named as "a dust allergy": the value keeps their words ("Has a dust allergy (is allergic to dust)"). */
	private static String allergySaid(String item) {
		return "Has a " + item + " allergy (is allergic to " + item + (item.endsWith("nut") ? "s" : "") + ")";
	}

	private static void diet(String raw, double confidence, Consumer<ExtractedFact> out) {
		String diet = lower(raw).replace("pescetarian", "pescatarian").replace("plant based", "plant-based");
		out.accept(fact(CONSTRAINTS, "diet", "diet", "Is " + diet, diet, Map.of("diet", diet), confidence, true));
	}

	private static void name(String name, double confidence, Consumer<ExtractedFact> out) {
		if (!Character.isUpperCase(name.charAt(0)) || NOT_NAMES.contains(lower(name)) || NOT_A_DAY_NAME.contains(lower(name))
				|| Lexicon.LANGUAGES.contains(lower(name)) || CALL_ME_NOT_A_NAME.contains(lower(name))) {
			return;
		}
		out.accept(fact(PERSONAL, "name", "name", "Name is " + name, name, Map.of("name", name), confidence, true));
	}

	/** "pay my card in full" becomes "pays their card in full". */
	private static String thirdPerson(String verb, String rest) {
		String v = lower(verb);
		String conjugated = switch (v) {
			case "go" -> "goes";
			case "do" -> "does";
			default -> v.matches(".*(s|sh|ch|x|z|o)$") ? v + "es" : v.matches(".*[^aeiou]y$") ? v.substring(0, v.length() - 1) + "ies" : v + "s";
		};
		String object = rest == null ? "" : " " + rest.replaceAll("(?i)\\bmy\\b", "their").replaceAll("(?i)\\bmyself\\b", "themselves");
		return conjugated + object;
	}

	private void broadened() {
		// Introductions: "Hey, it's Priya", "Soy Lucía", "Ich bin Jonas", "Ben Ayşe"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:it's|it is|this is|its)\\s+(?<x>\\p{L}[\\p{L}'-]+)(?:\\s+(?:here|again|speaking|from\\s.*))?(?:\\s*,.*)?$", FLAGS).matcher(clause);
			if (m.find() && GREETING.matcher(original.strip()).find() && opensSentence(clause, original)) {
				name(m.group("x"), 0.7, out);
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = FOREIGN_INTRODUCTION.matcher(original.strip());
			if (!m.find() || !clause.contains(m.group("x"))) {
				return;
			}
			String intro = lower(m.group("intro"));
			String x = m.group("x");
			if ("ben".equals(intro) && !x.matches(".*[çğıöşüÇĞİÖŞÜ].*") && !lower(original).matches("^(?:merhaba|selam)\\b.*")) {
				return; // "Ben Smith" is an English name
			}
			if ("jag är".equals(intro) || "ich bin".equals(intro) || "je suis".equals(intro) || "soy".equals(intro)
					|| "sono".equals(intro) || "eu sou".equals(intro) || "ik ben".equals(intro) || "jestem".equals(intro)) {
				if (!Character.isUpperCase(x.charAt(0))) {
					return; // "ich bin müde"
				}
			}
			if (!FOREIGN_OCCUPATIONS.containsKey(lower(x))) {
				name(x, 0.7, out); // not "Ich bin Lehrerin aus Berlin": German writes a job with its capital, and it is no name
			}
			String from = m.group("from");
			if (from != null && !NOT_A_PLACE.contains(lower(from)) && !NOT_A_DAY_NAME.contains(lower(from))) {
				// "ik ben Daan from Utrecht", "soy Lucía de Sevilla": where the writer is from, said with the name
				out.accept(fact(PERSONAL, "origin", "origin", "Is from " + from, from, Map.of("place", from), 0.7, true));
			}
		});
		fragment("^(?<x>\\p{L}[\\p{Ll}'-]+)\\s+here(?=\\s*[,!.]|$)", (m, out) -> {
			String x = m.group("x");
			if (!Lexicon.OCCUPATIONS.contains(lower(x)) && !NOT_A_NAME_HERE.contains(lower(x))) {
				name(x, 0.65, out);
			}
		});
		// Jobs in fragments: "Senior data engineer at a fintech in Berlin", "Retired teacher with ...", "Nurse here"
		fragment("^(?:an?\\s+)?(?<x>(?!(?:the|my|your|our|his|her|their|this|that|great|good|best|amazing|awesome|nice|lovely|terrible|"
				+ "bad|worst|poor|rude|helpful|wonderful|fantastic|brilliant|excellent|what|which|any|some|no|every|as|owner|co-owner)\\b)[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3})"
				+ "(?:\\s+(?:at|for|with|in|of|from|based|here)\\b.*|,.*)?$", (m, out) -> {
					String x = m.group("x");
					if (x.matches("(?i)^(?:i|im|iam|i'm|ive|i've|id|i'd|been|was|were|used)\\b.*")) {
						return; // "im a teacher" is read by the first-person rules, "been a teacher for 20 years" by its own
					}
					if (x.matches("(?i)^(?:its|it's|this|that|there|need|needs|want|wants|looking|seeking|searching|recommend|hire|hiring|book|booking|find|know|get|got)\\b.*")) {
						return; // "need a local plumber" asks for one
					}
					if (x.matches("(?i)^(keen|avid|amateur|hobby|weekend|casual|passionate|lifelong|wannabe|aspiring|budding|home|self-taught)\\b.*")) {
						return; // "keen baker here" is a hobby
					}
					if (m.group(0).matches("(?i)^.*\\bowner\\s+of\\s+(?!.*\\b(?:business|shop|store|company|restaurant|cafe|café|bakery|agency|studio|salon|bar|hotel|firm|startup)\\b).*")) {
						return; // "proud owner of two greyhounds" is about pets
					}
					if (x.matches("(?i)^(retired|former|ex|ex-\\S+|formerly|aspiring|wannabe|future|student)\\b.*") && !lower(x).startsWith("retired")) {
						return; // "former teacher" is not the job now
					}
					List<ExtractedFact> jobs = new ArrayList<>();
					job(m.group(0).replaceFirst(",.*$", "").replaceFirst("(?i)\\s+here$", "").replaceFirst("(?i)^an?\\s+", ""), 0.7, true, jobs::add);
					jobs.forEach(out);
					Matcher based = compiled("\\bbased\\s+(?:in|out of)\\s+(?<p>.+)$", FLAGS).matcher(m.group(0));
					if (!jobs.isEmpty() && based.find()) {
						place(based.group("p"), "Lives in ", out);
					}
				});
		rule("^as\\s+an?\\s+(?<x>[\\p{L} -]{2,40}?)(?:,\\s*|\\s+)(?:i|i'm|i've|i'd|we)\\b", (m, out) -> job(m.group("x"), 0.75, true, out));
		rule("^i\\s+(?:work|have worked)\\s+in\\s+(?<x>\\p{L}[\\p{L} -]+?)\\s+(?:at|for|with)\\s+(?<o>.+)", (m, out) -> {
			String field = phrase(m.group("x"));
			if (field != null && Character.isLowerCase(field.charAt(0)) && !field.matches("(?i)(a|an|the|my)\\b.*") && words(field) <= 3) {
				out.accept(fact(PROFESSIONAL, "industry", "industry", "Works in " + field, field, Map.of("industry", field), 0.75, true));
			}
			String org = m.group("o");
			Matcher place = compiled("^(?:an?|the)\\s+(?<p>\\p{L}[\\p{L}-]+(?:\\s+\\p{L}[\\p{L}-]+)?)", FLAGS).matcher(org);
			String company = properNoun(org);
			if (company != null) {
				out.accept(company(company));
			}
			else if (place.find()) {
				String where = phrase(place.group("p").replaceFirst("(?i)\\s+(?:in|on|near)\\b.*$", ""));
				if (where != null && !isJunk(where)) {
					out.accept(fact(PROFESSIONAL, "workplace", "workplace", "Works at " + article(where) + " " + where, where,
							Map.of("workplace", where), 0.7, true));
				}
			}
		});
		// Family role: "Dad of a toddler", "Mother of three here", "I'm a mum of two"
		rule("^(?:" + I_AM + "\\s+|as\\s+)?(?:a\\s+|an\\s+)?(?:proud\\s+|busy\\s+|single\\s+|new\\s+|first-time\\s+|tired\\s+|working\\s+|stay-at-home\\s+|full-time\\s+|solo\\s+)*"
				+ "(?<r>mother|mom|mum|father|dad|parent|grandmother|grandfather|grandma|grandpa|granny|grandad|granddad|grandparent|nan|nana|stepdad|stepmom|stepmum|sahm|sahd|sahp)"
				+ "\\s+(?:of|to)\\s+(?<x>twins|triplets|(?:a|an|one|two|three|four|five|six|seven|\\d+)(?:\\s+[\\p{L}\\d-]+){0,3}?)(?:\\s+here)?(?=$|\\s+(?:and|with|who|so|in|from|under|over|aged)\\b|,)", (m, out) -> {
					String role = lower(m.group("r"));
					String children = lower(m.group("x"));
					if (children.matches("twins|triplets|(?:a|an|one)\\s+(?:little\\s+|young\\s+|lovely\\s+|very\\s+)*(?:[\\p{L}\\d]+[- ](?:year|month)[- ]old|\\d+\\s?(?:yo|y/o|mo)|boy|girl|son|daughter|baby|toddler|kid|child|teen|teenager|newborn)s?"
							+ "|\\S+(?:\\s+(?:little\\s+|young\\s+|lovely\\s+|grown\\s+|teenage\\s+)*(?:boys|girls|sons|daughters|babies|toddlers|kids|children|teens|teenagers))?")) {
						out.accept(fact(PERSONAL, "family", "family_parent", "Is a " + role + " of " + children, role + " of " + children,
								Map.of("role", role, "children", children), 0.75, false));
					}
				});
		// Diet as a fragment or a change: "Vegan for six years now", "Switched to a plant-based diet"
		String diets = "vegetarian|vegan|pescatarian|pescetarian|flexitarian|plant-based|plant based|halal|kosher|keto|paleo|gluten-free|dairy-free|teetotal";
		fragment("^(?:strict\\s+|lifelong\\s+|long-time\\s+|longtime\\s+|proud\\s+|full\\s+|mostly\\s+)?(?<x>" + diets + ")"
				+ "(?:\\s+(?:here|household|family|home)\\b.*|\\s+" + DURABLE + ".*)$", (m, out) -> diet(m.group("x"), 0.8, out));
		rule("^(?:i\\s+|we\\s+)?(?:have\\s+|'ve\\s+)?(?:recently\\s+|just\\s+|finally\\s+)?(?:switched|moved|changed|converted|transitioned|gone over)\\s+to\\s+(?:an?\\s+|eating\\s+)?"
				+ "(?<x>" + diets + ")\\b", (m, out) -> diet(m.group("x"), 0.8, out));
		rule("^(?:i\\s+|we\\s+)?(?:recently\\s+|just\\s+)?(?:went|gone|turned|became)\\s+(?<x>" + diets + ")\\b", (m, out) -> diet(m.group("x"), 0.8, out));
		rule("^(?:i|we)\\s+(?:eat|follow|keep|am on|'m on|stick to|live on)\\s+(?:an?\\s+|a strict\\s+|a mostly\\s+|mostly\\s+|strictly\\s+)?(?<x>" + diets
				+ ")(?:\\s+(?:diet|food|meals))?\\b", (m, out) -> diet(m.group("x"), 0.8, out));
		rule("^" + I_AM + "\\s+(?:fully\\s+|mostly\\s+)?(?<x>plant-based|plant based|gluten-free|dairy-free|gluten free|dairy free)\\b", (m, out) -> diet(m.group("x").replace(' ', '-'), 0.8, out));
		// Person types: "Total night owl", "I'm an early bird"
		rule("^(?:" + I_AM + "\\s+)?(?:an?\\s+|such an?\\s+|a bit of an?\\s+|bit of an?\\s+|more of an?\\s+|definitely an?\\s+)?(?:total\\s+|complete\\s+|real\\s+|massive\\s+|huge\\s+|true\\s+|proper\\s+|absolute\\s+|big\\s+)?"
				+ "(?<x>night owl|early bird|early riser|morning person|night person|homebody|introvert|extrovert|cat person|dog person)\\b", (m, out) -> {
					String what = lower(m.group("x"));
					// When someone is active is behaviour (the issue's "active hours"); the other types are tastes.
					boolean activeHours = what.matches("night owl|early bird|early riser|morning person|night person");
					out.accept(fact(activeHours ? BEHAVIOR : PREFERENCES, activeHours ? "active_hours" : "preference",
							"person_type_" + slug(what.replace(" person", "")), "Is " + article(what) + " " + what, what,
							Map.of("prefers", what), 0.75, false, 1));
				});
		// Languages: "Fluent in Arabic and French", "Native Spanish speaker", "Bilingual in English and Welsh"
		fragment("^(?:fluent|conversational|native|bilingual|trilingual|proficient)\\s+in\\s+(?<x>.+)", (m, out) -> languages(m.group("x"), out));
		rule("^(?:" + I_AM + "\\s+)?(?:a\\s+)?native\\s+(?<x>\\p{L}+)\\s+speaker\\b", (m, out) -> languages(m.group("x"), out));
		rule("^(?:i|i also|i can)\\s+(?:speak|read and write|understand)\\s+(?<x>\\p{L}+(?:\\s+(?:and|&)\\s+\\p{L}+)?)\\s+(?:fluently|natively|well|at home)\\b", (m, out) -> languages(m.group("x"), out));
		// Origin: "Originally from Nairobi", "I grew up in Lagos", "Born and raised in Cork"
		rule("^(?:i\\s+(?:was\\s+)?)?(?:originally\\s+from|born and raised in|born and bred in|grew up in|was born in|born in|raised in|hail from)\\s+(?<x>.+)", (m, out) -> {
			String place = properNoun(m.group("x"));
			if (place != null && !lower(m.group(0)).matches("^i\\s+was\\s+originally.*")) {
				out.accept(fact(PERSONAL, "origin", "origin", "Is from " + place, place, Map.of("place", place), 0.7, true));
			}
		});
		// Durable activities without "I've": "Been playing piano since I was five", "Been doing CrossFit for two years"
		fragment("^been\\s+(?<v>playing|doing|practi[sc]ing|dancing|painting|collecting|surfing|climbing|running|cycling|swimming|"
				+ "knitting|cooking|baking|coding|programming|gardening|hiking|sailing|skating|boxing|lifting|rowing|"
				+ "meditating|journaling|brewing|fishing|writing|singing|drawing|skiing)\\s+(?<x>.*?)\\s*" + DURABLE + ".*$", (m, out) -> {
					String verb = lower(m.group("v"));
					String object = m.group("x").isBlank() ? null : phrase(m.group("x"));
					if (object != null && (isJunk(object) || words(object) > 4 || object.matches("(?i)^(around|with|on|in|at|for|up|out|about|it|this|that)\\b.*"))
							|| object == null && BARE_ACTIVITY.matcher(verb).matches()) {
						return; // "been playing since the 2016 beta": playing what is not said
					}
					String activity = object == null ? verb : verb + " " + object.replaceAll("(?i)\\bmy\\b", "their");
					String subject = object == null ? verb : topic(object).replaceFirst("(?i)^own\\s+", "");
					out.accept(fact(INTERESTS, "activity", "interest_" + slug(subject), "Has been " + activity + " for a while",
							subject, Map.of("topic", subject, "activity", activity), 0.7, false, 1));
				});
		// Learning: "Learning Japanese on the side", "I started learning Korean", "I take piano lessons"
		rule("^(?:(?:i\\s+|i've\\s+|i have\\s+)?(?:recently\\s+|just\\s+)?(?:started|begun|began|been)\\s+)?(?:currently\\s+|also\\s+|slowly\\s+)?learning\\s+(?:to\\s+|how to\\s+)?(?<x>.+)", (m, out) -> {
			if (!lower(m.group(0)).matches("^(?:i|been|started|begun|began|currently|also|slowly|learning)\\b.*")) {
				return;
			}
			learning(m.group("x"), out);
		});
		rule("^(?:i\\s+)?(?:take|am taking|'m taking|have|go to|attend)\\s+(?:weekly\\s+|evening\\s+|private\\s+)?(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:lessons|classes)\\b",
				(m, out) -> {
					if (lower(m.group(0)).startsWith("i") || lower(m.group(0)).startsWith("tak")) {
						learning(m.group("x"), out);
					}
				});
		// Plans as fragments: "Plan is to open a shop by 2026", "Hoping to retire early"
		fragment("^(?:the\\s+)?(?:plan|goal|dream|aim|ambition|hope|long-term plan|big goal)\\s+(?:is|is to|'s)\\s+(?:to\\s+)?(?<x>.+)", (m, out) -> goal(m.group("x"), 0.7, false, out));
		fragment("^(?:hoping|planning|aiming|trying|saving up|working towards|working toward)\\s+(?:to|for|towards)\\s+(?<x>.+)", (m, out) -> goal(m.group("x"), 0.6, true, out));
		// Health and access: "Bad knee since the surgery", "I'm in a wheelchair", "since my coeliac diagnosis"
		durable("^(?:i\\s+have\\s+|i've\\s+got\\s+|i\\s+have\\s+got\\s+|got\\s+|i\\s+live\\s+with\\s+)?(?:an?\\s+|two\\s+)?(?:bad|dodgy|weak|injured|busted|bum|gammy|arthritic|replaced|chronic|damaged|bad\\s+left|bad\\s+right)\\s+"
				+ "(?<x>knees?|back|hips?|shoulders?|ankles?|wrists?|neck|elbows?|feet|foot|heart|lungs?|eyes|eyesight|hearing)\\b", (m, out) -> {
					if (!lower(m.group(0)).matches("^(?:i|got|an?\\s|two\\s|bad|dodgy|weak|injured|busted|bum|gammy|arthritic|replaced|chronic|damaged).*")) {
						return;
					}
					String part = lower(m.group("x"));
					out.accept(fact(CONSTRAINTS, "health", "health_" + slug(part), "Has a bad " + part, part,
							Map.of("condition", "bad " + part), 0.75, false));
				});
		rule("^" + I_AM + "\\s+(?:in\\s+a\\s+wheelchair|a\\s+wheelchair\\s+user|wheelchair\\s+bound)\\b", (m, out) -> out.accept(fact(CONSTRAINTS,
				"accessibility", "accessibility_wheelchair", "Uses a wheelchair", "wheelchair", Map.of("aid", "wheelchair"), 0.85, false)));
		rule("(?:^|\\bsince\\s+|\\bafter\\s+|\\bwith\\s+)my\\s+(?:recent\\s+)?(?<x>coeliac|celiac|diabetes|adhd|autism|asthma|epilepsy|ibs|crohn's|arthritis|dyslexia|ms|cancer|heart)\\s+(?:diagnosis|condition)\\b", (m, out) -> {
			String condition = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "health", "health_" + slug(condition), "Has a health condition: " + condition, condition,
					Map.of("condition", condition), 0.75, false));
		});
		rule("^(?:i\\s+(?:was|got|have been|'ve been)\\s+)?diagnosed\\s+with\\s+(?<x>[\\p{L}' -]{2,30})", (m, out) -> {
			String condition = phrase(lower(m.group("x")).replaceFirst("^(?:a|an)\\s+", "").replaceFirst("\\s+(?:last|in|this|when|at|a|two|three|\\d).*$", ""));
			if (condition != null && !isJunk(condition) && words(condition) <= 3) {
				out.accept(fact(CONSTRAINTS, "health", "health_" + slug(condition), "Has a health condition: " + condition, condition,
						Map.of("condition", condition), 0.75, false));
			}
		});
		rule("^(?:i'm\\s+|i am\\s+)?(?:a\\s+)?type\\s+(?<x>[12])\\s+diabetic\\b|^i\\s+(?:have|live with)\\s+type\\s+(?<y>[12])\\s+diabetes\\b", (m, out) -> {
			String type = m.group("x") != null ? m.group("x") : m.group("y");
			String said = m.group("x") != null ? "type " + type + " diabetic" : "type " + type + " diabetes";
			out.accept(fact(CONSTRAINTS, "health", "health_diabetic", "Has a health condition: " + said, "diabetes",
					Map.of("condition", said), 0.85, false));
		});
		// More fragments: "Based in Lisbon", "Married with two kids", "Lactose intolerant", "Work as a paralegal"
		fragment("^(?:currently\\s+|now\\s+)?(?:living|based|located|residing)\\s+(?:in|near|out of)\\s+(?<x>[^,]+?)"
				+ "(?:\\s+(?:these days|now|at the moment|for\\s.*|since\\s.*|with\\s.*|and\\s.*))?(?:,.*)?$", (m, out) -> {
					String place = properNoun(m.group("x"));
					if (place != null && place.equals(m.group("x").strip())) {
						place(place, "Lives in ", out);
					}
				});
		fragment("^(?:happily\\s+)?(?<x>married|divorced|engaged|widowed)(?:\\s+(?:with|for|since|and|here|mum|dad|mother|father|parent)\\b.*|,.*)?$", (m, out) -> {
			String status = lower(m.group("x"));
			out.accept(fact(PERSONAL, "relationship", "relationship_status", "Is " + status, status, Map.of("status", status), 0.75, true));
		});
		fragment("^(?:severely\\s+|very\\s+|mildly\\s+)?(?<x>lactose|gluten|fructose|histamine|caffeine|alcohol)[- ]intolerant\\b", (m, out) -> {
			String item = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "intolerance", "intolerance_" + item, "Is " + item + " intolerant", item,
					Map.of("intolerance", item), 0.85, false));
		});
		fragment("^(?:severely\\s+|very\\s+|deathly\\s+|mildly\\s+)?allergic\\s+to\\s+(?<x>.+)", (m, out) -> {
			for (String item : items(m.group("x"))) {
				if (!isJunk(item) && words(item) <= 3) {
					out.accept(fact(CONSTRAINTS, "allergy", "allergy_" + slug(item), "Is allergic to " + item, item,
							Map.of("allergen", item), 0.85, false));
				}
			}
		});
		fragment("^(?:i\\s+)?(?:currently\\s+)?(?:work|working)\\s+(?:full[- ]time\\s+|part[- ]time\\s+)?as\\s+(?:an?\\s+)?(?<x>.+)", (m, out) -> job(m.group("x"), 0.8, false, out));
		fragment("^(?:gave up|quit|stopped eating|cut out|no longer eat|don't eat|haven't eaten)\\s+(?<x>meat|red meat|pork|beef|fish|dairy|sugar|alcohol|eggs|gluten|animal products|booze)\\b", (m, out) -> {
			String food = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "diet", "avoids_" + slug(food), "Does not eat " + food, food, Map.of("avoids", food), 0.75, false));
		});
		fragment("^(?:an?\\s+)?(?<q>(?:big|huge|massive|long-time|longtime|lifelong|die-hard|diehard|total|great)\\s+)?fan\\s+of\\s+(?<x>.+)", (m, out) -> {
			String object = phrase(m.group("x"));
			if (object == null || isJunk(object) || words(object) > 5 || m.group("q") == null && object.matches("(?i)^(?:the|this|that|these|those|it|them)\\b.*")) {
				return;
			}
			String subject = topic(object);
			// a taste in how things look ("Fan of minimalist designs") is a preference, as outside writers file it
			if (m.group("q") == null && lower(object).matches(".*\\b(?:designs?|styles?|looks?|aesthetics?|colou?rs|colou?r schemes?|fits?|cuts?|prints?|patterns?|silhouettes?|finish(?:es)?)$")) {
				out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(subject), "Likes " + lower(object), subject, Map.of("prefers", lower(object)), 0.7, false, 1));
				return;
			}
			out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), "Is a fan of " + object, subject,
					Map.of("topic", subject, "strength", "strong"), 0.75, false, 1));
		});
		fragment("^(?:a\\s+)?(?:proud|happy|besotted|doting)?\\s*(?:owner|mum|mom|dad|parent|human)\\s+(?:of|to)\\s+(?<n>a|an|one|two|three|four|\\d)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
				+ "(?<x>dogs?|cats?|pupp(?:y|ies)|kittens?|horses?|rabbits?|parrots?|hamsters?|greyhounds?|labradors?|spaniels?|terriers?|"
				+ "chickens?|guinea pigs?|tortoises?|snakes?|budgies?|ferrets?|huskies|husky|poodles?|whippets?|lurchers?|collies|collie)\\b", (m, out) -> {
					String noun = lower(m.group("x"));
					String n = lower(m.group("n"));
					out.accept(fact(PERSONAL, "pet", "pet_" + slug(singular(noun)), "Has " + n + " " + noun, noun,
							Map.of("relation", singular(noun), "count", count(n)), 0.75, false));
				});
		rule("^(?:i|we)\\s+(?:usually\\s+|always\\s+|mostly\\s+|normally\\s+)?(?<x>walk|drive|take the train|take the bus|get the bus|get the train|take the tube)\\s+to\\s+(?:work|the office|school|uni|college)\\b", (m, out) -> {
			String mode = lower(m.group("x"));
			// how they get to work is a daily routine: behaviour, as outside writers file "I cycle to work"
			out.accept(fact(BEHAVIOR, "routine", "transport", capitalise(thirdPerson(mode.split(" ")[0], mode.contains(" ") ? mode.substring(mode.indexOf(' ') + 1) : null)) + " to work",
					mode, Map.of("transport", mode), 0.7, true, 1));
		});
		rule("(?:^|,\\s*)(?<x>email|e-mail|text|texts|texting|whatsapp|chat|sms|messages|messaging)\\s+(?:works|is)\\s+(?:best|better|easiest|easier)$", (m, out) -> { // "... better for me" is a preference, read elsewhere
			String channel = lower(m.group("x")).replace("e-mail", "email").replaceFirst("^(texts|texting|sms|messages|messaging)$", "text");
			out.accept(fact(COMMUNICATION, "contact_channel", "contact_channel", "Prefers contact by " + channel, channel,
					Map.of("channel", channel), 0.75, true));
		});
		fragment("^(?:an?\\s+)?(?<x>coeliac|celiac|diabetic|asthmatic|epileptic|dyslexic|autistic|deaf|blind|partially sighted|colou?r[- ]?blind)"
				+ "(?:\\s+(?:here|since|for)\\b.*|,.*)?$", (m, out) -> {
					String condition = lower(m.group("x"));
					boolean access = condition.matches("deaf|blind|partially sighted|colou?r[- ]?blind|dyslexic|autistic");
					out.accept(fact(CONSTRAINTS, access ? "accessibility" : "health", (access ? "accessibility_" : "health_") + slug(condition),
							access ? "Is " + condition : "Has a health condition: " + condition, condition, Map.of("condition", condition), 0.8, false));
				});
		fragment("^(?:a\\s+)?native\\s+speaker\\s+of\\s+(?<x>.+)", (m, out) -> languages(m.group("x"), out));
		fragment("^from\\s+(?<x>\\p{Lu}[\\p{L}' -]+?)\\s+originally$", (m, out) -> {
			String place = properNoun(m.group("x"));
			if (place != null) {
				out.accept(fact(PERSONAL, "origin", "origin", "Is from " + place, place, Map.of("place", place), 0.7, true));
			}
		});
		fragment("^(?:just\\s+|recently\\s+|finally\\s+)?(?:moved|relocated)\\s+(?:back\\s+)?to\\s+(?<x>.+)", (m, out) -> place(m.group("x"), "Lives in ", out));
		fragment("^(?:a\\s+)?(?:proud\\s+)?(?:owner|co-owner)\\s+of\\s+(?:a|an|my own)\\s+(?<x>(?:[\\p{L}-]+\\s+){0,2}(?:bakery|shop|store|restaurant|cafe|café|"
				+ "company|business|startup|agency|studio|salon|practice|firm|farm|bar|pub|hotel|clinic|consultancy|brand|gym|garage|nursery))\\b", (m, out) -> {
					String business = lower(m.group("x"));
					out.accept(fact(PROFESSIONAL, "business", "business", "Runs a " + business, business, Map.of("business", business), 0.8, true));
				});
		fragment("^(?:an?\\s+)?(?:avid|keen|big|huge|voracious|lifelong|passionate|devoted)\\s+(?<k>reader|fan|lover|collector|follower|player)\\s+of\\s+(?<x>.+)", (m, out) -> {
			String object = phrase(m.group("x"));
			if (object != null && !isJunk(object) && words(object) <= 4) {
				String subject = topic(object);
				String k = lower(m.group("k"));
				out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject),
						("reader".equals(k) ? "Reads " : "collector".equals(k) ? "Collects " : "player".equals(k) ? "Plays " : "Is a fan of ") + object,
						subject, Map.of("topic", subject, "strength", "strong"), 0.75, false, 1));
			}
		});
		// Habits: "I always pay my card in full", "I only fly direct", "I usually bake on Sundays"
		Pattern habitClause = compiled("^(?:i|we)\\s+(?<f>always|usually|normally|generally|typically|never|only|rarely|tend to|try to always|religiously)\\s+(?<v>\\p{L}+)(?:\\s+(?<x>.+))?$", FLAGS);
		rules.add((clause, original, out) -> {
			// "I only ever buy black": "only ever" is one frequency
			Matcher m = habitClause.matcher(clause.replaceFirst("(?i)^(i|we)\\s+only\\s+ever\\s+", "$1 only "));
			if (!m.find()) {
				return;
			}
			String verb = lower(m.group("v"));
			String f = lower(m.group("f"));
			if (PAST_OR_STATE_VERBS.contains(verb) || verb.endsWith("ed") || verb.endsWith("ing")
					|| verb.endsWith("ly") && !verb.matches("fly|apply|reply|rely|supply") || HABIT_ELSEWHERE.matcher(verb).matches()
					|| ("never".equals(f) && verb.matches("eat|drink")) || "just".equals(verb) || "really".equals(verb)
					|| verb.matches("eat|buy|cook") && m.group("x") != null && m.group("x").matches("(?i)^(?:" + DIETS + ")\\b.*")) { // a diet, read as a constraint
				return;
			}
			String object = m.group("x") == null ? null : phrase(m.group("x"));
			if (object == null && compiled("check|buy|book|get|take|bring|order|pick|choose|select|avoid|skip|carry|use|ask|make|put|keep|send|see|wear|read|watch|need|want").matcher(verb).matches()) {
				return; // "halal only please, I always check": a verb that needs its object says nothing without it
			}
			if ("use".equals(verb) && object != null && object.matches("(?i)^(?:my|the|a|an)\\s+(?:work\\s+)?(?:" + DEVICES + "|" + DEVICE_BRANDS + "|desktop site|mobile site|desktop version)\\b.*")) {
				return; // the device they use: behaviour, read by the device rule
			}
			if (object != null && (words(object) > (CHOICE_VERB.matcher(verb).matches() ? 6 : 8) || object.matches("(?i).*\\b(refund|password|order|parcel|package|delivery|invoice|account|support|login|app|website|site|you|your|it|this|that|him|her|them)\\b.*"))) {
				return;
			}
			if (m.group("x") != null && object == null || object != null && verb.matches("travel|go|get") && object.matches("(?i)^(by|on)\\s.*")) {
				return; // "I usually travel by train" is how they commute
			}
			String frequency = "tend to".equals(f) || "try to always".equals(f) ? "usually" : f;
			String habit = frequency + " " + thirdPerson(verb, object);
			String subject = object == null ? verb : verb + " " + object;
			// A habit with a time to it ("I usually order lunch around 1pm") is a routine: behaviour, not a taste.
			boolean routine = object != null && TIME_OF_ROUTINE.matcher(object).find();
			if ((routine || m.group("x") != null && TIME_OF_ROUTINE.matcher(m.group("x")).find()) && f.matches("always|usually|normally|generally|typically|tend to")) {
				return; // read, with its time, by the routine rule
			}
			if (object != null && DEVICE.matcher(object).find() && !"never".equals(f)) {
				// What they do it on ("I always shop on my phone") is the channel they use: behaviour.
				out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(subject), capitalise(habit), subject,
						Map.of("habit", subject, "frequency", frequency), 0.65, false));
				return;
			}
			if (object != null && (compiled("check|read|answer|open|use|see|listen|look").matcher(verb).matches()
					&& compiled("^(?:at\\s+)?(?:my\\s+)?(?:e-?mails?|inbox|texts?|sms|messages?|voicemails?|whatsapp|phone|dms?)$", FLAGS).matcher(object).matches()
					|| verb.matches("pick|answer|take|return") && object.matches("(?i)^(?:up\\s+)?(?:calls?|phone calls|the phone|my phone|(?:unknown|withheld|private|random) (?:numbers|callers|calls))\\b.*"))) {
				// how they can be reached ("I never check email", "I never pick up unknown numbers") is how to contact
				// them, not a taste; said as the reason for a channel they name ("text me, I never check my inbox"), it
				// is folded into that wish once the whole message is read (channelReasonsFolded)
				out.accept(fact(COMMUNICATION, "contact", "contact_" + slug(subject), capitalise(habit), subject,
						Map.of("habit", subject, "frequency", frequency), 0.65, false, f.matches("never|rarely") ? -1 : 1));
				return;
			}
			// What they choose ("I always book aisle seats", "I only fly direct") is a taste; how they go about a thing
			// ("I always split payments", "I usually order both and send one back", "I track carbs") is behaviour
			// ("I only shop organic and local" chooses two things; "I order both and send one back" does two)
			// "I only watch films with subtitles", "I only drive automatics": what they allow themselves is a taste
			boolean choice = (CHOICE_VERB.matcher(verb).matches() || "only".equals(f) && compiled("watch|read|drive|listen|stream|ride|cook|play|main|date|hire|rent").matcher(verb).matches()) && (object == null || !compiled("\\s(?:and|then)\\s+\\p{L}+\\s+\\p{L}+", FLAGS).matcher(object).find());
			boolean behaviour = routine || !choice && !"never".equals(f) && object != null;
			Matcher two = object == null ? null : compiled("^(?<a>[\\p{L}-]+)\\s+and\\s+(?<b>[\\p{L}-]+)$", FLAGS).matcher(object);
			if (!behaviour && two != null && two.matches() && !"never".equals(f)) {
				// "I only shop organic and local": two tastes, each its own fact
				for (String one : List.of(two.group("a"), two.group("b"))) {
					out.accept(fact(PREFERENCES, "habit", "habit_" + slug(verb + " " + one), capitalise(frequency + " " + thirdPerson(verb, one)), verb + " " + one,
							Map.of("habit", verb + " " + one, "frequency", frequency), 0.65, false, 1));
				}
				return;
			}
			out.accept(fact(behaviour ? BEHAVIOR : PREFERENCES, behaviour ? "routine" : "habit", "habit_" + slug(subject), capitalise(habit), subject,
					Map.of("habit", subject, "frequency", frequency), 0.65, false, "never".equals(f) ? -1 : 1));
		});
		rule("^(?:i|we)\\s+(?:usually\\s+|always\\s+|mostly\\s+|normally\\s+)?(?:commute|get to work|go to work|travel|get around|go everywhere|get about)\\s+(?:by|on)\\s+"
				+ "(?<x>bike|bicycle|car|train|bus|tube|metro|tram|foot|scooter|motorbike|motorcycle|ferry|public transport|e-bike)\\b(?<rest>.*)$", (m, out) -> {
					String mode = lower(m.group("x"));
					// with how often ("I commute by bike every day") it is a routine, as people file it; said plainly, a preference
					if (EVERY_DAY.matcher(m.group("rest")).find()) {
						out.accept(fact(BEHAVIOR, "routine", "transport", "Commutes by " + mode + " every day", mode,
								Map.of("transport", mode, "frequency", "daily"), 0.75, true, 1));
					}
					else {
						out.accept(fact(PREFERENCES, "transport", "transport", "Commutes by " + mode, mode, Map.of("transport", mode), 0.75, true, 1));
					}
				});
		// "whatsapp is the only way to reach me", "email's the best way to get hold of me"
		rule("^(?<x>" + CHANNEL + ")(?:'s|\\s+is)\\s+(?:the\\s+)?(?:only|best|easiest|quickest|fastest)\\s+way\\s+to\\s+(?:reach|contact|get hold of|get to|get)\\s+(?:me|us)\\b",
				(m, out) -> channel(m.group("x"), out));
		// "X is my weakness", "Sci-fi is my guilty pleasure"
		rule("^(?<x>[\\p{L}][\\p{L}' -]{1,25}?)\\s+(?:is|are)\\s+my\\s+(?:biggest\\s+|greatest\\s+|one\\s+)?(?<w>weakness|guilty pleasure|vice|comfort food|happy place|addiction|hobby|go-to|religion|therapy)\\b", (m, out) -> {
			String object = m.group("x").strip();
			if (isJunk(object) || words(object) > 3 || object.matches("(?i)^(this|that|it|he|she|they|family|work|job|time|money|he's|she's)\\b.*")) {
				return;
			}
			String subject = lower(topic(object));
			String kind = lower(m.group("w"));
			boolean preference = kind.matches("weakness|guilty pleasure|vice|comfort food|go-to|addiction");
			out.accept(fact(preference ? PREFERENCES : INTERESTS, preference ? "preference" : "topic_interest",
					(preference ? "prefers_" : "interest_") + slug(subject), "Loves " + lower(object), subject,
					Map.of("topic", subject, "strength", "strong"), 0.7, false, 1));
		});
		// Collectors and enthusiasts: "Jazz vinyl collector here", "I'm a keen birdwatcher"
		fragment("^(?:an?\\s+)?(?:avid\\s+|keen\\s+|big\\s+|huge\\s+|massive\\s+|die-hard\\s+|diehard\\s+|lifelong\\s+|long-time\\s+|longtime\\s+|proud\\s+|amateur\\s+|hobby\\s+|hobbyist\\s+|passionate\\s+|casual\\s+|serious\\s+)?"
				+ "(?<x>(?!(?:the|my|your|this|that|no|any)\\b)[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+){0,2}?)\\s+(?<k>collector|enthusiast|fan|lover|nerd|geek|buff|fanatic|addict|junkie|aficionado|hobbyist|obsessive|hoarder|supporter|stan)"
				+ "(?:\\s+here)?(?:\\s+(?:for|since|and)\\b.*|,.*)?$", (m, out) -> interestNoun(m.group("x"), m.group("k"), out));
		rule("^" + I_AM + "\\s+(?:an?\\s+)?(?:avid\\s+|keen\\s+|big\\s+|huge\\s+|lifelong\\s+|long-time\\s+|passionate\\s+|amateur\\s+|serious\\s+)?"
				+ "(?<x>[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+){0,2}?)\\s+(?<k>collector|aficionado|addict|junkie|hobbyist)\\b", (m, out) -> interestNoun(m.group("x"), m.group("k"), out));
		fragment("^(?:an?\\s+)?(?:avid|keen|lifelong|long-time|longtime|passionate|amateur|hobby|weekend|casual|serious|competitive|marathon|trail|amateur)\\s+"
				+ "(?<x>runner|climber|cyclist|swimmer|hiker|gamer|reader|knitter|surfer|skier|golfer|birder|birdwatcher|angler|camper|diver|"
				+ "sailor|dancer|guitarist|pianist|drummer|violinist|cellist|singer|baker|cook|brewer|homebrewer|woodworker|quilter|crafter|"
				+ "traveller|traveler|backpacker|foodie|photographer|painter|gardener|chess player|tennis player|footballer)(?:\\s+here)?(?:\\s+(?:for|since|and)\\b.*|,.*)?$",
				(m, out) -> hobbyist(m.group("x"), out));
		rule("^" + I_AM + "\\s+(?:an?\\s+)?(?:avid|keen|lifelong|long-time|passionate|amateur|hobby|weekend|casual|serious|competitive|marathon|trail|big|huge|massive)\\s+"
				+ "(?<x>runner|climber|cyclist|swimmer|hiker|gamer|reader|knitter|surfer|skier|golfer|birder|birdwatcher|angler|camper|diver|"
				+ "sailor|dancer|guitarist|pianist|drummer|singer|baker|cook|brewer|homebrewer|woodworker|quilter|crafter|traveller|traveler|"
				+ "backpacker|photographer|painter|gardener|chess player|tennis player)\\b", (m, out) -> hobbyist(m.group("x"), out));
		// Budget: "Anything under £40 a month works", "Max $300", "I'd like to spend under 50 euros"
		fragment("^(?:anything|something|ideally|preferably|max|maximum|budget(?:'s| is)?|up to|no more than|not more than|nothing|around|about)?\\s*"
				+ "(?:under|below|up to|less than|over|above|more than|max|maximum|of|around|about)?\\s*(?<x>(?:[$€£]\\s*\\d[\\d,.]*\\s*k?|\\d[\\d,.]*\\s*k?\\s*(?:dollars?|euros?|pounds?|usd|eur|gbp|bucks|[$€£]))"
				+ "(?:\\s*(?:a|per|/)\\s*(?:month|week|year|night|person|day|head))?)\\s*(?:works|is fine|is ok|is okay|would work|would be ideal|is good|is great|please|max|tops|is my limit|is the limit|is too much|is too expensive|is out|ideally|preferably|if possible)?$",
				(m, out) -> {
					String lead = lower(m.group(0));
					if (lead.matches("^(?:\\s*)(?:[$€£\\d]).*") && !lead.matches(".*\\b(max|tops|limit|works|fine|ok|okay|ideal|ideally|preferably)\\b.*")) {
						return; // a bare amount is not a budget
					}
					budget(m.group("x"), out);
				});
		rule("^(?:i|we)\\b.*?\\b(?:spend|pay|budget)\\s+(?:up to|under|less than|no more than|at most|a maximum of|max|around|about)\\s+(?<x>(?:[$€£]\\s*)?\\d.*)", (m, out) -> budget(m.group("x"), out));
		// Communication style: "No phone calls please, I'm better over text", "feel free to use technical terms"
		rule("^(?:" + I_AM + "\\s+(?:much\\s+|way\\s+|a lot\\s+)?better\\s+(?:over|by|via|on|with)|(?:please\\s+)?(?:just\\s+)?(?:text|email|message|whatsapp)\\s+me\\s+(?:instead|please|rather)|"
				+ "(?:i\\s+)?(?:prefer|rather)\\s+(?:to be contacted|contact)\\s+(?:by|via|over))\\s*(?<x>text|texts|email|e-mail|chat|phone|whatsapp|messages?|sms|video|signal)?", (m, out) -> {
					String channel = m.group("x") != null ? lower(m.group("x")) : lower(m.group(0)).replaceAll("^(?:please\\s+)?(?:just\\s+)?(\\S+).*", "$1");
					channel = channel.replaceFirst("^texts$", "text").replaceFirst("^messages?$", "text").replace("e-mail", "email").replace("sms", "text");
					out.accept(fact(COMMUNICATION, "contact_channel", "contact_channel", "Prefers contact by " + channel, channel,
							Map.of("channel", channel), 0.75, true));
				});
		rules.add((clause, original, out) -> {
			// "Please don't ring me" alone; with "WhatsApp is better" the channel they want says it
			if (compiled("^(?:please\\s+)?(?:no|don't|do not|never)\\s+(?:phone\\s+calls?|calls?|ringing|call me|phone me|ring me)\\b", FLAGS).matcher(clause).find()
					&& !compiled("\\b(?:better|best|prefer|rather|instead)\\b|\\b(?:before|after|until)\\s+(?:\\d|noon\\b|midday\\b|midnight\\b|lunch(?:time)?\\b)", FLAGS).matcher(original).find() && !namesAnotherChannel(original)) {
				out.accept(fact(COMMUNICATION, "contact_channel", "avoid_phone_calls", "Prefers not to be phoned", "phone calls",
						Map.of("avoid", "phone calls"), 0.7, false, -1));
			}
		});
		rule("\\b(?:feel free to|you can|go ahead and|don't be afraid to|happy for you to|fine to)\\s+(?:use|get|be)\\s+(?:the\\s+)?(?:technical|tech|jargon|nerdy)|\\bjargon is fine\\b|"
				+ "\\b(?:technical|nerdy) (?:details|terms|language|jargon) (?:are|is) (?:fine|ok|okay|welcome)\\b|\\bdon't (?:dumb|water) (?:it |things )?down\\b|^(?:no need to|you don't need to) (?:simplify|dumb)|"
				+ "^" + I_AM + "\\s+(?:very\\s+|quite\\s+|pretty\\s+|fairly\\s+)?(?:technical|tech[- ]savvy)\\b", (m, out) -> out.accept(fact(COMMUNICATION,
				"technical_level", "technical_level", "Is comfortable with technical terms", "technical", Map.of("technical_level", "technical"), 0.75, true)));
		rule("\\b(?:straight to the point|right to the point|cut to the chase|no (?:fluff|waffle|waffling|rambling|essays)|keep (?:it|things) (?:brief|short|tight|snappy)|short and sweet|brevity please)\\b",
				(m, out) -> answerLength("short", 0.75, m.group(), out));
		rule("^(?:please\\s+)?(?:no|don't use|don't send|avoid|without)\\s+(?<x>emojis?|emoticons|gifs)\\b", (m, out) -> out.accept(fact(COMMUNICATION,
				"format", "format_no_emoji", "Prefers no emojis", "no emojis", Map.of("format", "no emojis"), 0.7, false)));
		rule("^(?:casual|informal|friendly)\\s+is\\s+(?:fine|ok|okay|good|great)|^(?:no need to be|you don't have to be)\\s+formal\\b", (m, out) -> out.accept(fact(COMMUNICATION,
				"tone", "tone", "Prefers a casual tone", "casual", Map.of("tone", "casual"), 0.7, true)));
	}

	// ---------------------------------------------------------------- forms outside writers use

	/** Recurring time: "every morning", "on weekends", "usually", "most of my". */
	private static final Pattern RECURRING = Pattern.compile("\\b(?:(?:every|each)\\s+(?:single\\s+)?(?:day|morning|evening|night|afternoon|week|weekend|weekday"
			+ "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunch(?:time)?)|on\\s+(?:the\\s+)?weekends?|at\\s+(?:the\\s+)?weekends?|weekends"
			+ "|(?:mon|tues|wednes|thurs|fri|satur|sun)days|mornings|evenings|nights|afternoons|weekdays|daily|most\\s+(?:days|mornings|evenings|nights|weekends)"
			+ "|usually|always|normally|typically|generally|mostly|tend to|only ever|most of my|on my lunch ?break|in my lunch ?break|during my lunch ?break"
			+ "|before work|after work|on my commute|on the way (?:to|home from) work)\\b", FLAGS);
	/** A time of day or of the week a routine happens at. */
	private static final Pattern ROUTINE_TIME = Pattern.compile("\\b(?:\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)|\\d{1,2}:\\d{2}|midnight|noon|lunch ?(?:break|time)"
			+ "|before work|after work|before school|after school|mornings?|evenings?|nights?|afternoons?|weekends?|weekdays?"
			+ "|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\\b", FLAGS);
	/** A time of day that makes an activity a routine rather than a hobby: "I swim every morning before work". */
	private static final Pattern TIME_OF_DAY_ROUTINE = Pattern.compile("\\b(?:(?:every|each)\\s+(?:morning|evening|night|afternoon)|before work|after work"
			+ "|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)|lunch ?break)\\b", FLAGS);
	/** Verbs of pastimes: with only a day or a season to them they are hobbies, read as interests. */
	private static final Pattern HOBBY_VERB = Pattern.compile("play|practi[sc]e|go|bake|cook|run|jog|swim|cycle|bike|ride|hike|surf|climb|dance|paint|draw|"
			+ "knit|sew|garden|fish|sing|ski|skate|row|box|sail|kayak|camp|golf|crochet|read|write|train|lift|walk|collect|brew", FLAGS);
	private static final Pattern NOT_A_ROUTINE = Pattern.compile("\\b(?:today|tonight|tomorrow|yesterday|this (?:morning|evening|afternoon|week|weekend)|next|last|"
			+ "once|will|won't|would|could|can|can't|cannot|should|might|may|must|need|needs|want|wants|wanted|going to|gonna|"
			+ "don't|do not|didn't|doesn't|never)\\b|'ll\\b|'d\\b", FLAGS);
	private static final Pattern ROUTINE_CLAUSE = Pattern.compile("^(?:as\\s+an?\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?,?\\s+)?(?<s>i'm|i am|im|i)\\s+"
			+ "(?<adv>(?:(?:usually|always|normally|typically|generally|mostly|often|really|only|ever|just|also|still|pretty much|basically)\\s+)*)"
			+ "(?<v>\\p{L}+)(?![\\p{L}'])(?<rest>.*)$", FLAGS);
	private static final java.util.Set<String> NOT_ROUTINE_VERBS = java.util.Set.of("am", "was", "were", "have", "has", "had", "got",
			"went", "did", "said", "told", "think", "know", "feel", "hope", "wish", "love", "like", "hate", "prefer", "enjoy",
			"live", "work", "speak", "use", "need", "want", "mean", "guess", "suppose", "believe", "called", "ordered",
			"bought", "paid", "sent", "lost", "left", "found", "saw", "heard", "a", "an", "the", "not", "so", "in", "at", "on",
			"from", "based", "allergic", "vegan", "vegetarian", "trying", "hoping", "planning", "looking", "learning",
			"training", "saving", "working", "studying", "moving", "thinking", "going", "getting");
	private static final Pattern ROUTINE_END = Pattern.compile("\\s+(?:when|so|because|since|which|but|and then|and the|and last|and yesterday|and today|and this|is|are|was|if)\\s.*$|[,;]\\s+(?!like\\b|around\\b|about\\b|at\\b).*$", FLAGS);

	/** "here in Calgary", "I'm in Nairobi": where they are, unless the sentence says it is a visit. */
	private static final Pattern STAYING_IN = Pattern.compile("(?:^|^(?:i|we)\\b.*?\\s)(?:(?:over|out|down|up)\\s+)?here\\s+in\\s+(?<x>\\p{Lu}.+)"
			+ "|^(?:" + I_AM + "|we're|we are)\\s+(?:now\\s+|currently\\s+|still\\s+)?(?:over\\s+|out\\s+|down\\s+|up\\s+)?in\\s+(?<y>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)"
			+ "(?=\\s*$|\\s*[,.!]|\\s+(?:and|so|now|too|these days|nowadays)\\b)", FLAGS);
	private static final Pattern TEMPORARY_STAY = Pattern.compile("\\b(?:on holiday|on vacation|on a trip|on business|for (?:the|a) (?:weekend|week|few days|conference|wedding|visit)"
			+ "|for work|visiting|until|till|this week|next week|right now|for now|for a bit|staying|hotel|airport|trip)\\b", FLAGS);
	private static final Pattern DEVICE = Pattern.compile("\\b(?:on|from|with|via)\\s+(?:my|a|the)\\s+(?:phone|mobile|smartphone|iphone|android|laptop|tablet|ipad|computer|pc|mac|desktop)\\b", FLAGS);
	/** A participle or a request before a comma that a plan or condition follows. */
	private static final Pattern PARTICIPLE_GOAL = Pattern.compile("^(?:hoping|planning|aiming|trying|looking|saving up)\\s+(?:to|for)\\b", FLAGS);
	private static final Pattern OTHER_SUBJECT = Pattern.compile("^(?:my|his|her|their|our|your|he|she|they|he's|she's|they're|you|you're|it|it's|this|that)\\b", FLAGS);
	private static final Pattern X_BASED = Pattern.compile("^(?:(?<i>(?i:i'm|i am|im|we're|we are))\\s+)?(?:(?i:an?)\\s+)?(?:[\\p{L}]+\\s+)?(?<x>\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)-based\\b");
	private static final String CHANNEL = "(?:e-?mails?|texts?|texting|sms|chat|whatsapp|telegram|signal|messages?|messaging|dms?|written|in writing|phone|calls?|video calls?|voice notes?|voice messages?)";
	private static final java.util.Set<String> NOT_A_PLACE = java.util.Set.of("it", "hr", "year", "grade", "form", "class", "january",
			"february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "marketing", "sales", "finance",
			"engineering", "python", "java", "excel", "love", "charge", "school", "college", "uni", "university", "hospital",
			"retail", "tech", "it's", "god", "bed", "town", "person", "trouble", "pain", "time", "premium", "pro", "plus", "basic",
			"gold", "silver", "business", "unlimited", "family", "standard", "settings", "checkout", "cart", "basket", "account", "profile",
			"inbox", "dashboard", "menu", "support", "help", "billing", "preferences", "notifications", "app", "chat", "queue");
	/** Last words of a field or a unit, not a place: "a student in Computer Science", "a nurse in Intensive Care". */
	private static final Pattern FIELD_WORD = Pattern.compile(".*\\b(?:science|sciences|studies|care|engineering|medicine|design|management|marketing|finance|"
			+ "law|arts|art|business|administration|sales|support|operations|department|team|unit|ward|surgery|accounting|economics|history|"
			+ "physics|chemistry|biology|maths|mathematics|english|literature|nursing|education|development|research|it|hr|training)$", FLAGS);
	private static final String FOODS = "dairy|gluten|wheat|nuts|peanuts|tree nuts|shellfish|seafood|fish|eggs|meat|pork|beef|sugar|lactose|soy|soya|"
			+ "caffeine|alcohol|spicy food|spice|onions?|garlic|sesame|mushrooms|tomatoes|citrus|corn|red meat|fried food";

	private void outsideWriters() {
		// Routines: a present habit with a recurring time ("every morning I swim before work", "I'm usually on around 3am",
		// "I do most of my practice after 11pm", "on weekends I go climbing"). Plans, one-offs and negations are none.
		rules.add((clause, original, out) -> {
			Matcher m = ROUTINE_CLAUSE.matcher(clause);
			if (!m.find() || ONE_OFF.matcher(original).find()
					|| NOT_A_ROUTINE.matcher(m.group("adv") + " " + m.group("v") + " " + ROUTINE_END.matcher(m.group("rest")).replaceFirst("")).find()) {
				return;
			}
			String verb = lower(m.group("v"));
			boolean state = !"i".equals(lower(m.group("s")));
			if (!state && (NOT_ROUTINE_VERBS.contains(verb) || verb.endsWith("ed") || verb.endsWith("ing") || verb.endsWith("'t") || "main".equals(verb))) {
				return; // "i main support in ranked": the role they pick is a taste, read by its own rule
			}
			if (state && (m.group("adv").isBlank() && !(LATER_RECURRING.matcher(clause).find() && verb.matches("up|awake|online|asleep|out|(?!working)\\p{L}+ing")) || !verb.matches("on|online|up|awake|asleep|at|in|out|busy|free|home|off|around|\\p{L}+ing")
					|| verb.matches("trying|hoping|planning|going|looking|thinking|getting|waiting"))) {
				return; // "I'm usually online around 3am" is a routine, "I'm a nurse" is not
			}
			Matcher recurring = RECURRING.matcher(original);
			Matcher time = ROUTINE_TIME.matcher(original);
			if (!recurring.find() || !time.find()) {
				return;
			}
			// "I play tennis every Sunday" is a hobby (read by the interest rules) and, with its day, a routine as well, as
			// outside writers file it; the time must be the clause's own ("I mostly listen while I run in the mornings":
			// the mornings are the running's) or come before it ("on weekends I go climbing", "Fri and Sat nights I'm usually out")
			int at = lower(original).indexOf(lower(clause.substring(0, Math.min(12, clause.length()))));
			String before = at > 0 ? original.substring(0, at) : "";
			// the time before it is this clause's only when no clause of the writer's own comes between ("I hike most
			// weekends so ..., I run cold too": the weekends are the hiking's)
			if (!ROUTINE_TIME.matcher(clause).find() && !(ROUTINE_TIME.matcher(before).find() && !compiled("\\b(?:i|i'm|im|i've|we)\\s+\\p{L}", FLAGS).matcher(before).find())) {
				return;
			}
			String rest = ROUTINE_END.matcher(m.group("rest")).replaceFirst("").strip();
			if (words(verb + " " + rest) > 12 || compiled("\\b(?:you|your)\\b", FLAGS).matcher(rest).find() && !TIME_OF_ROUTINE.matcher(rest).find()) {
				return;
			}
			String adv = lower(m.group("adv")).strip().replaceAll("\\b(?:really|just|also|still|pretty much|basically)\\b\\s*", "").strip();
			String doing = (state ? "is " + (adv.isEmpty() ? "" : adv + " ") + verb + (rest.isEmpty() ? "" : " " + rest.replaceAll("(?i)\\bmy\\b", "their"))
					: (adv.isEmpty() ? "" : adv + " ") + thirdPerson(verb, rest.isEmpty() ? null : rest))
				.replaceAll("(?i)\\byour\\b", "the").replaceAll("(?i)(\\d)ish\\b", "$1").replaceAll("(?i)\\blike (\\d)", "around $1");
			String when = "";
			String lowerDoing = lower(doing);
			Matcher every = compiled("\\b(?:every|each|on|at|most)\\s+(?:the\\s+|my\\s+)?(?:single\\s+)?\\p{L}+(?:\\s?break)?", FLAGS).matcher(original);
			while (every.find()) {
				String phrase = lower(every.group()).replaceAll("\\bmy\\b", "their");
				if (RECURRING.matcher(phrase).find() && !lowerDoing.contains(phrase)) {
					when = " (" + phrase + ")";
					break;
				}
			}
			Matcher days = DAYS_PHRASE.matcher(original);
			if (when.isEmpty() && days.find() && !lowerDoing.contains(lower(days.group("w")))) {
				when = " (" + lower(days.group("w")) + ")"; // "Fri and Sat nights I'm usually out"
			}
			Matcher span = SPAN_AFTER_ROUTINE.matcher(original);
			if (span.find(Math.max(at, 0)) && span.group().matches("(?i).*(?:am|pm|midnight|noon|midday|:).*") && !lowerDoing.contains(lower(span.group()))) {
				when += ", " + lower(span.group()).strip().replaceFirst("^(?:(?:usually|normally|mostly|typically|generally|often)\\s+)+", "")
					.replaceFirst("^from\\s+(?:like|about|around)\\s+", "from "); // "..., usually from like 10pm to 2am"
			}
			String sentence = capitalise(doing.strip()) + when;
			String key = "routine_" + slug(verb + " " + rest.replaceAll("(?i)\\b(?:every|each|on|at|around|like|before|after)\\b.*$", ""));
			out.accept(fact(BEHAVIOR, "routine", key, sentence, verb + (rest.isEmpty() ? "" : " " + rest), Map.of("routine", sentence),
					0.65, false));
		});
		// Contact channel: "chat only please", "email works so much better for me", "texts only", "text me",
		// "WhatsApp is the only app I check", "mornings are the best time to reach me"
		rule("(?:^|\\bso\\s+|,\\s*)(?:(?:please\\s+)?(?:just\\s+)?)(?<x>" + CHANNEL + ")\\s+only\\b", (m, out) -> channel(m.group("x") + " only", out));
		rule("(?:^|,\\s*)(?<x>" + CHANNEL + ")\\s+(?:works|is|are)\\s+(?:so\\s+)?(?:much\\s+|way\\s+|a lot\\s+|far\\s+)?(?:best|better|easiest|easier)\\b(?:\\s+for\\s+me)?(?!\\s+than\\s+(?:nothing|none|before|it was|last))", (m, out) -> channel(m.group("x"), out));
		rule("^(?:please\\s+)?(?:just\\s+)?(?<x>text|email|e-mail|message|whatsapp|dm)\\s+me\\b(?!\\s+(?:back|about|when|if|the|a|an|your|it|that|this|on|via|over|through|thru|by)\\b)", (m, out) -> channel(m.group("x"), out));
		rule("(?:^|,\\s*)(?<x>" + CHANNEL + "|\\p{Lu}\\p{L}+)\\s+is\\s+the\\s+only\\s+(?:app|thing|place|way|channel)\\s+i\\s+(?:check|use|read|look at)\\b", (m, out) -> {
			String x = m.group("x");
			if (x.matches("(?i)" + CHANNEL) || x.matches("WhatsApp|Telegram|Signal|Slack|Messenger|Instagram")) {
				channel(x, out);
			}
		});
		rule("(?:^|,\\s*)(?<x>(?:early\\s+|late\\s+)?(?:mornings?|afternoons?|evenings?|weekends?|weekdays?|lunchtimes?|(?:before|after)\\s+\\d{1,2}\\s*(?:am|pm)))\\s+(?:are|is|work|works)\\s+(?:the\\s+)?best\\s+(?:time\\s+)?(?:for (?:calls|a call|phone calls)|(?:to\\s+)?(?:reach|call|contact|ring|get hold of|catch|phone)\\s+me)\\b", (m, out) -> {
			String when = lower(m.group("x"));
			out.accept(fact(COMMUNICATION, "contact_time", "contact_time", "Best reached " + when, when, Map.of("contact_time", when), 0.75, true));
		});
		rule("(?:^|\\bso\\s+|,\\s*)(?:please\\s+)?(?:never|don't|do not|no)\\s+(?:ring|call|phone|calls?)(?:\\s+me)?\\s+(?<x>(?:before|after|until)\\s+(?:\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?|noon|midday|midnight|lunch(?:time)?)(?![\\p{L}\\d]))", (m, out) -> {
			String when = lower(m.group("x"));
			out.accept(fact(COMMUNICATION, "contact_time", "contact_time", "Do not phone " + when, when, Map.of("contact_time", "not " + when), 0.75, true));
		});
		rule("^i(?:'d| would)\\s+(?:much|far|really|definitely)\\s+rather\\s+(?:have|get|receive|use)?\\s*(?<x>.+)", (m, out) -> {
			String object = phrase(m.group("x").replaceFirst("(?i)\\s+(than|over|instead of)\\s+.*$", ""));
			if (object == null || isJunk(object) || words(object) > 5) {
				return;
			}
			boolean contact = CONTACT_OR_TONE.matcher(object).find() || object.matches("(?i).*\\b(written|in writing|instructions)\\b.*");
			out.accept(fact(contact ? COMMUNICATION : PREFERENCES, contact ? "contact_style" : "preference", "prefers_" + slug(object),
					"Would rather " + object, object, Map.of("prefers", object), 0.7, false, 1));
		});
		rule("^i\\s+(?:do|work|learn)\\s+(?:much\\s+|far\\s+|a lot\\s+)?better\\s+with\\s+(?<x>(?:clear\\s+|simple\\s+|short\\s+|detailed\\s+|written\\s+|visual\\s+)*"
				+ "(?:step-by-step|step by step|written|visual|bullet-point|short|detailed|simple)[\\p{L} -]*?(?:instructions|answers|explanations|steps|examples|replies))\\b", (m, out) -> {
					String how = lower(m.group("x"));
					out.accept(fact(COMMUNICATION, "answer_style", "answer_style", "Does better with " + how, how, Map.of("answer_style", how), 0.75, true));
				});
		rule("^(?:please\\s+|just\\s+)*(?:be|stay)\\s+(?<x>blunt|honest|straight|frank|gentle|patient)\\s+with\\s+me\\b", (m, out) -> {
			String tone = lower(m.group("x"));
			out.accept(fact(COMMUNICATION, "tone", "tone", "Wants a " + tone + " tone", tone, Map.of("tone", tone), 0.75, true));
		});
		rule("^(?:please\\s+)?(?:skip|cut|spare me|no)\\s+(?:the\\s+)?(?<x>small talk|pleasantries|chit-?chat|niceties)\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(COMMUNICATION, "tone", "tone", "Wants replies that skip the " + what, what, Map.of("tone", "direct"), 0.7, true));
		});
		// Where they live, said on the way: "since moving to Lisbon", "here in Calgary", "I'm in Nairobi", "now I'm in Seville"
		rule("\\b(?:since|after|when|ever since)\\s+(?:i\\s+|we\\s+)?(?:moved|moving|relocated|relocating)\\s+(?:back\\s+|over\\s+)?to\\s+(?<x>\\p{Lu}.+)", (m, out) -> livesIn(m.group("x"), out));
		rules.add((clause, original, out) -> {
			Matcher m = STAYING_IN.matcher(clause);
			if (m.find() && !TEMPORARY_STAY.matcher(original).find()) {
				livesIn(m.group("x") != null ? m.group("x") : m.group("y"), out);
			}
		});
		rule("^(?:" + I_AM + "|we're|we are|my \\p{L}+ and i are)\\s+(?:currently\\s+)?planning\\s+(?:a|an|our|my)\\s+(?:big\\s+|first\\s+|long\\s+|little\\s+)?(?<x>trip|holiday|vacation|wedding|move|honeymoon|road trip|kitchen renovation|renovation)\\s+(?<rest>(?:to|in|for)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)?", (m, out) -> {
			String plan = lower(m.group("x")) + (m.group("rest") == null ? "" : " " + m.group("rest").strip());
			out.accept(fact(GOALS, "plan", "plan_" + slug(plan), "Is planning a " + plan, plan, Map.of("plan", plan), 0.7, false));
		});
		// "Toronto-based", "I'm Brooklyn-based", "a Leeds-based designer here"
		rules.add((clause, original, out) -> {
			Matcher m = X_BASED.matcher(clause);
			if (!m.find()) {
				return;
			}
			if (m.group("i") != null) {
				livesIn(m.group("x"), out);
				return;
			}
			// Without "I'm" only a self-introduction: "Leeds-based designer here", "a Toronto-based nurse"
			Matcher role = compiled("^(?:(?i:an?)\\s+)?\\p{Lu}[\\p{L} ]*?-based\\s+(?<r>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)(?:\\s+here)?\\s*(?:,.*)?$").matcher(clause);
			if (role.find() && opensSentence(clause, original)) {
				String[] words = lower(role.group("r")).split("\\s+");
				String head = singular(words[words.length - 1]);
				if (Lexicon.OCCUPATIONS.contains(head) || head.matches("mum|mom|dad|parent|family|couple|freelancer|student")) {
					livesIn(m.group("x"), out);
				}
			}
		});
		rule("^(?:please\\s+)?(?<x>email|e-mail|text|message|whatsapp)\\s+(?:me\\s+)?(?:(?:the|my|your|a|an|any)\\s+[\\p{L}-]+\\s+|it\\s+|them\\s+|everything\\s+)?(?:rather than|instead of|not)\\s+(?:call|ring|phone)", (m, out) -> channel(m.group("x"), out));
		rule("^(?:please\\s+)?(?:only\\s+)?(?:contact|reach|message|update)\\s+me\\s+(?:only\\s+)?(?:by|via|on|through|over)\\s+(?<x>" + CHANNEL + "|whatsapp)\\b", (m, out) -> channel(m.group("x"), out));
		rule("^i(?:'d| would)\\s+(?:much\\s+)?rather\\s+you\\s+(?:didn't|did not|don't|do not)\\s+(?:call|ring|phone)\\b", (m, out) -> out.accept(fact(COMMUNICATION,
				"contact_channel", "avoid_phone_calls", "Prefers not to be phoned", "phone calls", Map.of("avoid", "phone calls"), 0.7, false, -1)));
		rule("^i\\s+(?:try to\\s+|mostly\\s+|generally\\s+)?avoid\\s+(?<x>" + FOODS + ")\\b", (m, out) -> {
			String food = lower(m.group("x"));
			out.accept(fact(PREFERENCES, "diet", "avoids_" + slug(food), "Avoids " + food, food, Map.of("avoids", food), 0.7, false));
		});
		// "Two kids, one dog", "Wheelchair user here", "Can't stand reality TV", "My max is 150 a night"
		fragment("^(?<n>one|two|three|four|five|six|\\d)\\s+(?<x>kids|children|boys|girls|sons|daughters|dogs|cats|kid|child|son|daughter|dog|cat)(?=\\s*(?:,|$|and\\b|\\+))", (m, out) -> {
			String noun = lower(m.group("x"));
			boolean pet = noun.matches("dogs?|cats?");
			out.accept(fact(PERSONAL, pet ? "pet" : "family", (pet ? "pet_" : "family_") + slug(singular(noun)), "Has " + lower(m.group("n")) + " " + noun, noun,
					Map.of("relation", singular(noun), "count", count(lower(m.group("n")))), 0.7, false));
		});
		fragment("^(?:full-time\\s+|part-time\\s+)?wheelchair\\s+user(?:\\s+here)?\\b", (m, out) -> out.accept(fact(CONSTRAINTS,
				"accessibility", "accessibility_wheelchair", "Uses a wheelchair", "wheelchair", Map.of("aid", "wheelchair"), 0.8, false)));
		fragment("^(?:really\\s+|just\\s+)?(?:can't|cannot)\\s+stand\\s+(?<x>.+)", (m, out) -> dislike(phrase(m.group("x")) == null ? "" : phrase(m.group("x")), out));
		rule("^my\\s+(?:max|maximum|limit|upper limit|ceiling)\\s+is\\s+(?:about |around |roughly )?(?<x>[$€£]?\\s*\\d.*)", (m, out) -> budget(m.group("x"), out));
		// "Going to Japan in May", "I'm heading to Lisbon next month"
		rule("^(?:" + I_AM + "\\s+|we're\\s+|we are\\s+)?(?:going|heading|flying|travelling|traveling|off)\\s+to\\s+(?<x>\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)\\s+(?<w>(?:in|next|this|for|over)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|"
				+ "spring|summer|autumn|fall|winter|year|month|christmas|easter|the holidays|half-term|\\d{4}|the summer|the winter))\\b", (m, out) -> {
					String place = properNoun(m.group("x"));
					if (place == null || !Character.isUpperCase(m.group("x").charAt(0)) || NOT_A_PLACE.contains(lower(place))) {
						return;
					}
					String when = m.group("w").replaceFirst("^\\p{Lu}", m.group("w").substring(0, 1).toLowerCase(Locale.ROOT));
					out.accept(fact(GOALS, "plan", "plan_trip_" + slug(place), "Is going to " + place + " " + when, place,
							Map.of("destination", place, "when", when), 0.7, false));
				});
		// "I do yoga", "I do a lot of hiking", "I do CrossFit three times a week"
		rule("^(?:i|we)\\s+(?:also\\s+|still\\s+|mostly\\s+|regularly\\s+)?do\\s+(?<x>.+)", (m, out) -> {
			if (TIME_OF_DAY_ROUTINE.matcher(m.group("x")).find()) {
				return; // a routine, read as behaviour
			}
			String activity = activityDone(" " + m.group("x"));
			if (activity != null) {
				out.accept(fact(INTERESTS, "activity", "interest_" + slug(activity), "Does " + activity, activity,
						Map.of("topic", activity, "activity", activity), 0.7, false, 1));
			}
		});
		// Languages: "Spanish is my first language", "Speak Portuguese and Spanish fluently"
		rule("(?:^|,\\s*)(?<x>\\p{L}+)\\s+is\\s+my\\s+(?:first|native|mother|home|main)\\s+(?:language|tongue)\\b", (m, out) -> languages(m.group("x"), out));
		fragment("^(?:also\\s+)?speak\\s+(?<x>\\p{L}+(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)\\p{L}+)*\\s+(?:fluently|natively|well|at home)|\\p{L}+(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)\\p{L}+)+)\\b(?!\\s+(?:please|to me|with me))", (m, out) -> languages(m.group("x"), out));
		// Family: "we're a family of five", "family of four here"
		rule("^(?:we're|we are|(?:" + I_AM + "\\s+)?part of)\\s+a\\s+family\\s+of\\s+(?<n>two|three|four|five|six|seven|eight|\\d)\\b|^(?:a\\s+)?family\\s+of\\s+(?<m>two|three|four|five|six|seven|eight|\\d)\\s+here\\b", (m, out) -> {
			String n = lower(m.group("n") != null ? m.group("n") : m.group("m"));
			out.accept(fact(PERSONAL, "family", "family_size", "Is in a family of " + n, "family of " + n, Map.of("family_size", n), 0.75, true));
		});
		// Constraints: "can't do dairy", "I only eat halal", "I'm lactose intolerant and allergic to peanuts"
		rule("^(?:i\\s+)?(?:can't|cannot|can not)\\s+(?:do|handle|stomach)\\s+(?<x>" + FOODS + ")\\b", (m, out) -> {
			String item = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "dietary_restriction", "cannot_eat_" + slug(item), "Cannot eat " + item, item, Map.of("food", item), 0.8, false));
		});
		rule("^(?:i|we)\\s+only\\s+(?:eat|buy|cook)\\s+(?<x>halal|kosher|vegan|vegetarian|plant-based|gluten-free|dairy-free)\\b", (m, out) -> {
			String diet = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "dietary_restriction", "only_eats_" + slug(diet), "Only eats " + diet, diet, Map.of("only", diet), 0.8, false));
		});
		rule("^" + I_AM + "\\s+.+?\\band\\s+(?:also\\s+|severely\\s+|very\\s+|mildly\\s+)?allergic\\s+to\\s+(?<x>.+)", (m, out) -> {
			for (String item : items(m.group("x"))) {
				if (!isJunk(item) && words(item) <= 3) {
					out.accept(fact(CONSTRAINTS, "allergy", "allergy_" + slug(item), "Is allergic to " + item, item, Map.of("allergen", item), 0.85, false));
				}
			}
		});
		// Budget: "anything under 20 a month", "800 max for the bike", "my budget for the trip is 1500 euros"
		rule("^(?:anything|something|one|options?)\\s+(?:for\\s+)?(?:under|below|less than|cheaper than)\\s+(?<x>[$€£]?\\s*\\d[\\d,.]*\\s*k?(?:\\s*(?:dollars?|euros?|pounds?|bucks|[$€£]))?(?:\\s*(?:a|per|/)\\s*(?:month|week|year|night|person))?)\\s*(?:works|would work|is fine|is ok|is okay|please|pls|plz|ideally)?(?:\\s+for\\s+(?:me|us))?$",
				(m, out) -> budget(m.group("x"), out));
		rule("(?:^|,\\s*)(?<x>[$€£]?\\s*\\d[\\d,.]*\\s*k?\\s*(?:dollars?|euros?|pounds?|bucks|[$€£])?)\\s+(?:max|tops|maximum|at most|is my (?:limit|max|budget))\\b", (m, out) -> budget(m.group("x"), out));
		rule("^my\\s+(?:total\\s+|max(?:imum)?\\s+|overall\\s+)?budget\\s+for\\s+[\\p{L} ]{2,30}?\\s+is\\s+(?:about |around |roughly |up to |at most |max |under |below )?(?<x>.+)", (m, out) -> budget(m.group("x"), out));
		// Goals said as fragments: "training for my first marathon", "saving for a deposit", "working towards my CPA exam"
		fragment("^(?:currently\\s+|also\\s+)?(?<v>training|studying|preparing|revising|saving|saving up|working|working hard)\\s+(?:for|towards|toward)\\s+(?<x>.+)", (m, out) -> {
			String object = goalObject(m.group("x"));
			if (object != null && !isJunk(object) && !requestLike(object) && words(object) <= 7
					&& !object.matches("(?i)^(?:later|now|then|today|tomorrow|the (?:new|next|old)\\b.*|a solution|an? (?:answer|update|fix)).*")) {
				String subject = topic(object);
				String verb = lower(m.group("v"));
				String said = verb.startsWith("saving") ? "Is saving for " : verb.startsWith("working") ? "Is working towards " : "Is preparing for ";
				out.accept(fact(GOALS, "goal", "goal_" + slug(subject), said + object, subject, Map.of("goal", object), 0.7, false));
			}
		});
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:currently\\s+)?working\\s+(?:hard\\s+)?towards?\\s+(?<x>.+)", (m, out) -> {
			String object = goalObject(m.group("x"));
			if (object != null && !isJunk(object) && !requestLike(object) && words(object) <= 7) {
				String subject = topic(object);
				out.accept(fact(GOALS, "goal", "goal_" + slug(subject), "Is working towards " + object, subject, Map.of("goal", object), 0.75, false));
			}
		});
		// Interests: "I mostly listen to jazz and old soul", "obsessed with sourdough", "can't get enough of true crime", "I ride gravel"
		rule("^(?:i|we)\\s+(?:mostly\\s+|mainly\\s+|usually\\s+|often\\s+|always\\s+|really\\s+|just\\s+|also\\s+)*listen\\s+to\\s+(?:a lot of\\s+|lots of\\s+|loads of\\s+)?(?<x>.+)", (m, out) -> {
			String raw = m.group("x").replaceFirst("(?i)\\s+(?:on|in|while|during|when|every|at)\\s.*$", "");
			if (raw.matches("(?i)^(?:my|your|his|her|their|people|you|him|them|what|the radio|it)\\b.*")) {
				return;
			}
			for (String object : items(raw)) {
				if (!isJunk(object) && words(object) <= 4) {
					String subject = topic(object);
					out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), "Listens to " + object, subject,
							Map.of("topic", subject, "strength", "moderate"), 0.7, false, 1));
				}
			}
		});
		rule("^(?:(?:really|totally|so|kind of|a bit|pretty|absolutely)\\s+)?(?:obsessed with|hooked on|addicted to|crazy about|mad about|can't get enough of|cannot get enough of)\\s+(?<x>.+)"
				+ "|^(?:really|totally|so|very much|super|seriously)\\s+into\\s+(?<y>.+)", (m, out) -> interestsIn(m.group("x") != null ? m.group("x") : m.group("y"), out));
		rule("^i\\s+(?:just\\s+|honestly\\s+|really\\s+|simply\\s+)?(?:can't|cannot)\\s+get\\s+enough\\s+of\\s+(?<x>.+)", (m, out) -> interestsIn(m.group("x"), out));
		rule("^i\\s+(?:mostly\\s+|mainly\\s+|usually\\s+|often\\s+|also\\s+)*ride\\s+(?<x>gravel|road|trails?|mountain bikes?|horses|motorbikes?|motorcycles?|bmx|singletrack|fixies?|e-bikes?|bikes?)\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(INTERESTS, "activity", "interest_" + slug(what), "Rides " + what, what, Map.of("topic", what, "activity", "ride"), 0.7, false, 1));
		});
		rule("^(?<x>[\\p{L}][\\p{L} -]{1,25}?)\\s+is\\s+my\\s+(?:big|biggest|great|greatest|real|true|main|one|first|lifelong|only)\\s+(?:passion|love|obsession)\\b",
				(m, out) -> lovedAboveAll(m.group("x"), out));
		fragment("^self-taught\\s+(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+here\\b", (m, out) -> hobbyist(m.group("x"), out));
		// Dislikes without "I": "pop bores me to tears", "horror films are really not my thing"
		rule("(?:^|,\\s*)(?<x>[\\p{L}][\\p{L} -]{1,25}?)\\s+(?:bores|bore)\\s+me\\b", (m, out) -> dislike(m.group("x"), out));
		rule("^(?<x>[\\p{L}][\\p{L} -]{1,25}?)\\s+(?:is|are)\\s+(?:really\\s+|just\\s+|honestly\\s+|definitely\\s+)?not\\s+(?:really\\s+)?my\\s+(?:thing|cup of tea|scene)\\b", (m, out) -> dislike(m.group("x"), out));
		// Roles: "I manage the front desk at a dental clinic", "I run the marketing team at a small brewery",
		// "since I started working as a courier"
		rule("^i\\s+(?:manage|run|lead|head|head up|oversee|coordinate|look after)\\s+(?:the|a|our)\\s+(?<x>[\\p{L} -]{2,30}?)\\s+(?:at|for|in)\\s+(?:an?|the)\\s+(?<o>[\\p{L} -]{2,40})", (m, out) -> {
			String what = phrase(m.group("x"));
			if (what != null && what.matches("(?i).*\\bof\\b.*")) {
				return; // "a team of twelve" says how many, not what
			}
			if (what != null && what.matches("(?i).*\\b(?:quiz|game|games|club|choir|band|meetup|session|sessions|class|classes|walk|walks|run|party|raffle|prayers?|singing)$")) {
				return; // "I lead the quiz at the pub" is a pastime
			}
			String where = phrase(m.group("o").replaceFirst("(?i)\\s+(?:in|and|so|which|who|that|we|to)\\s.*$", ""));
			if (what == null || where == null || isJunk(what) || words(what) > 3 || words(where) > 4) {
				return;
			}
			String sentence = "Manages the " + lower(what) + " at " + article(where) + " " + lower(where);
			out.accept(fact(PROFESSIONAL, "job", "job", sentence, lower(what), Map.of("title", "manager", "area", lower(what), "workplace", lower(where)), 0.75, true));
		});
		rule("\\bi\\s+(?:just\\s+|recently\\s+)?(?:started|began|now)\\s+(?:working|work)\\s+as\\s+an?\\s+(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2})", (m, out) -> {
			String[] parts = m.group("x").split("\\s+");
			for (int n = parts.length; n >= 1; n--) {
				String title = String.join(" ", java.util.Arrays.copyOf(parts, n));
				if (Lexicon.OCCUPATIONS.contains(singular(parts[n - 1]))) {
					job(title, 0.75, true, out);
					return;
				}
			}
		});
	}

	// ---------------------------------------------------------------- a third round of outside writers' forms

	private static final String DIETS = "vegetarian|vegan|pescatarian|pescetarian|flexitarian|plant-based|plant based|halal|kosher|keto|paleo|gluten-free|gluten free|dairy-free|dairy free";
	/** Conditions the first round's rules do not read; with those ("coeliac AND dairy free") a list about the writer. */
	private static final String NEW_CONDITIONS = "(?-i:MS)|t1d|t2d|pcos|copd|pots|endometriosis|fibromyalgia|lupus|hypertension|depression|ocd|bipolar(?: disorder)?|"
			+ "multiple sclerosis|long covid|eczema|psoriasis|tinnitus|sleep apn(?:o)?ea";
	private static final String CONDITIONS = NEW_CONDITIONS + "|anxiety|migraines|epilepsy|coeliac|celiac|diabetes|diabetic|asthma|asthmatic|adhd|ibs|crohn's|arthritis";
	private static final String PET_NOUNS = "dogs?|cats?|pupp(?:y|ies)|kittens?|horses?|ponies|pony|rabbits?|bunn(?:y|ies)|parrots?|hamsters?|guinea pigs?|tortoises?|turtles?|"
			+ "budgies?|ferrets?|chickens?|snakes?|lizards?|geckos?|bearded dragons?|axolotls?|goldfish|fish|rats?|mice|gerbils?|"
			+ "labradors?|labs?|retrievers?|spaniels?|terriers?|collies?|poodles?|greyhounds?|whippets?|lurchers?|huskies|husky|beagles?|dachshunds?|pugs?|"
			+ "bulldogs?|shepherds?|\\p{L}+poos?|\\p{L}+doodles?|staffies|staffy|corgis?|schnauzers?|chihuahuas?|boxers?|dalmatians?|rottweilers?|maine coons?|ragdolls?|sphynx";
	private static final String DAYS = "(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|mon|tues?|weds?|thur?s?|fri|sat)";
	private static final Pattern DAYS_PHRASE = Pattern.compile("\\b(?<w>" + DAYS + "(?:\\s*(?:and|&|,|/)\\s*" + DAYS + ")+(?:\\s+(?:mornings?|afternoons?|evenings?|nights?|arvos?))?"
			+ "|" + DAYS + "\\s+(?:mornings|afternoons|evenings|nights|arvos))\\b", FLAGS);
	private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|ian|ese|ish|i|ch)");

	private void outsideWriters2() {
		// Health said with abbreviations and newer names: "im T1D", "I have PCOS", "Recently diagnosed coeliac", "coeliac AND dairy free"
		rule("^(?:" + I_AM + "|iam|i have|i've got|i have got|i live with|i suffer (?:from|with))\\s+(?:a\\s+|an\\s+)?(?<x>" + NEW_CONDITIONS + ")\\b", (m, out) -> condition(m.group("x"), out));
		fragment("^(?:recently\\s+|newly\\s+|just\\s+|finally\\s+)?diagnosed\\s+(?:as\\s+|with\\s+)?(?<x>" + CONDITIONS + "|autistic|dyslexic)\\b", (m, out) -> condition(m.group("x"), out));
		fragment("^(?:an?\\s+)?(?<x>" + NEW_CONDITIONS + ")(?:\\s+(?:here|since|for|and|&)\\b.*|,.*)?$", (m, out) -> condition(m.group("x"), out));
		fragment("^(?:an?\\s+)?(?<x>" + CONDITIONS + ")\\s+(?:and|&)\\s+(?:also\\s+)?(?:allergic|intolerant|lactose|dairy|gluten|nut|" + DIETS + "|" + CONDITIONS + ")\\b", (m, out) -> condition(m.group("x"), out));
		// Diets: a household's ("Me and my partner are both vegetarian") and a diet that opens a list ("vegan and allergic to sesame")
		rule("^(?:we're|we are|me and my \\p{L}+ are|my \\p{L}+ and i are)\\s+(?:both\\s+|all\\s+)?(?:strict\\s+|mostly\\s+)?(?<x>" + DIETS + ")\\b", (m, out) -> diet(m.group("x"), 0.75, out));
		fragment("^(?:strict\\s+|mostly\\s+)?(?<x>" + DIETS + ")(?:\\s+diet)?\\s+(?:and|&)\\s+(?:also\\s+)?(?:allergic|intolerant|lactose|coeliac|celiac|diabetic|" + DIETS + ")\\b", (m, out) -> diet(m.group("x"), 0.75, out));
		fragment("^(?<x>GF|DF|gluten[- ]free|dairy[- ]free)\\s+diet(?:\\s+here)?\\b", (m, out) -> {
			String x = m.group("x");
			diet(x.equals("GF") ? "gluten-free (GF)" : x.equals("DF") ? "dairy-free (DF)" : x, 0.75, out);
		});
		// Constraints of daily life: "I don't drive", "the font is far too small for me", "send me the brochure in large print"
		rule("^i\\s+(?:don't|do not|can't|cannot|no longer)\\s+drive\\b(?!\\s+(?:to|on|in|at|there|much|far|often|very|it|that|the|a|my|past|through|at night|in the dark))", (m, out) -> out.accept(fact(CONSTRAINTS,
				"mobility", "no_driving", "Does not drive", "drive", Map.of("constraint", "does not drive"), 0.75, false)));
		rule("\\b(?<x>font|text|writing|print|letters|type)(?:\\s+size)?\\s+(?:is|are)\\s+(?:far\\s+|way\\s+|much\\s+|a bit\\s+|really\\s+|just\\s+)?too\\s+small\\s+for\\s+me\\b", (m, out) -> out.accept(fact(CONSTRAINTS,
				"accessibility", "accessibility_large_text", "Needs larger text (the " + lower(m.group("x")) + " is too small)", "large text",
				Map.of("aid", "large text"), 0.75, false)));
		rule("^(?:send|give|post|provide|email|i need|i'd need|i would need)\\b.{0,40}?\\bin\\s+(?<x>large print|big print|braille|easy read|large text)\\b", (m, out) -> {
			String aid = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + slug(aid), "Needs " + aid, aid, Map.of("aid", aid), 0.75, false));
		});
		// Budgets said on the way: "... my budget is like 1200 max", "so the budget for a car is max 15k"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|\\s)(?<w>my|our|the)\\s+(?:total\\s+|max(?:imum)?\\s+|overall\\s+)?budget(?:\\s+for\\s+[\\p{L} ]{2,30}?)?\\s+(?:is|'s|will be)\\s+"
					+ "(?:like\\s+|about\\s+|around\\s+|roughly\\s+|up to\\s+|at most\\s+|max\\s+|maximum\\s+|under\\s+|below\\s+|only\\s+)*(?<x>[$€£]?\\s*\\d.*)", FLAGS).matcher(clause);
			if (m.find() && (!"the".equalsIgnoreCase(m.group("w")) || compiled("\\b(?:i|i'm|im|we|we're|my|our|me|us)\\b", FLAGS).matcher(original).find())) {
				budget(m.group("x"), out);
			}
		});
		rule("^" + I_AM + "\\s+(?:bilingual|trilingual|fluent)\\s+(?:in\\s+)?(?<x>\\p{L}+(?:\\s*(?:/|,|and|&)\\s*\\p{L}+)*)", (m, out) -> languages(m.group("x"), out));
		rule("^(?:we're|we are|my \\p{L}+ and i are)\\s+both\\s+(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)s\\b", (m, out) -> job(m.group("x"), 0.7, true, out));
		rule("\\b(?:i|we)?\\s*(?:would|'d)\\s+prefer\\b.{0,60}?\\b(?:by|via)\\s+(?<x>post|mail|letter)\\b", (m, out) -> channel(m.group("x"), out));
		// Age: "I'm a 68 year old retired engineer", "28F"
		rule("^" + I_AM + "\\s+an?\\s+(?<n>\\d{2})[- ]?(?:year[- ]old|yo|y/o)\\s+(?<x>.+)", (m, out) -> {
			age(m.group("n"), out);
			job(m.group("x"), 0.75, true, out);
		});
		fragment("^(?<n>\\d{2})\\s?(?:[mf]|nb|yo|y/o|yrs)(?=\\s*(?:,|$|and\\b))", (m, out) -> age(m.group("n"), out));
		// Names: a sign-off ("Regards, Chinedu"), "I'm Priya btw", "this is Margaret again"
		fragment("^(?:regards|kind regards|best regards|warm regards|warmest regards|many thanks and regards|yours (?:sincerely|faithfully|truly)|sincerely|best wishes|rgds)\\s*,?\\s+(?<x>\\p{Lu}\\p{Ll}+)$",
				(m, out) -> {
					if (!m.group("x").matches("(?i)support|team|customer|customers|services|management|admin|sales|accounts|reception|office|staff|family|everyone|all|me|us|billing|helpdesk|anonymous")) {
						name(m.group("x"), 0.65, out);
					}
				});
		rule("^" + I_AM + "\\s+(?<x>\\p{Lu}\\p{Ll}+)\\s+(?:btw|by the way|fyi)\\b", (m, out) -> name(m.group("x"), 0.7, out));
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:it's|it is|this is)\\s+(?<x>\\p{Lu}\\p{Ll}+)\\s+(?:again|here)\\b", FLAGS).matcher(clause);
			if (m.find() && GREETING.matcher(original.strip()).find() && opensSentence(clause, original)) {
				name(m.group("x"), 0.7, out);
			}
		});
		// Contact: "Kindly respond via email", "email or whatsapp only", "just text me when it's ready, don't ring",
		// "ring me on the landline", "only message after 2pm", "would prefer invoices ... by post", "stop with the emojis",
		// "reply in brief", "simple sentences best"
		rule("^(?:respond|reply|get back to me|write back|answer|contact me|reach me|follow up|correspond)\\s+(?:to me\\s+)?(?:only\\s+)?(?:by|via|through|over|on)\\s+(?<x>" + CHANNEL + "|post|mail|whatsapp|telegram|signal)\\b",
				(m, out) -> channel(m.group("x"), out));
		rule("(?:^|,\\s*|\\s)(?<x>" + CHANNEL + "(?:\\s*(?:or|and|/|&)\\s*" + CHANNEL + ")+)\\s+only\\b", (m, out) -> channel(m.group("x") + " only", out));
		rule("^(?:just\\s+)?(?<x>text|email|e-mail|message|whatsapp)\\s+me\\b.*?[,\\s]+(?:please\\s+)?(?:don't|do not|no|never)\\s+(?:ring|call|phone)", (m, out) -> channel(m.group("x"), out));
		rule("^(?:ring|call|phone)\\s+me\\s+on\\s+(?:the|my)\\s+(?<x>landline|home phone|house phone|mobile phone|work phone)\\b", (m, out) -> channel(m.group("x"), out));
		rule("(?:^|\\bso\\s+)(?:please\\s+|pls\\s+|plz\\s+)?(?:only\\s+)?(?:message|text|call|ring|phone|contact|email)\\s+(?:me\\s+)?(?:only\\s+)?(?<x>(?:after|before|between)\\s+(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)?|noon|midday|lunch(?:time)?)(?:\\s*(?:and|-)\\s*(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)?|noon|midday|midnight))?)(?![\\p{L}\\d])",
				(m, out) -> {
					String when = lower(m.group("x"));
					// "only text me after 2pm" says the channel as well as the time
					Matcher how = compiled("\\b(?<c>message|text|call|ring|phone|email)\\s+(?:me\\s+)?(?:only\\s+)?(?:after|before|between)\\b", FLAGS).matcher(m.group());
					String channel = how.find() ? lower(how.group("c")) : null;
					out.accept(fact(COMMUNICATION, "contact_time", "contact_time", "Contact only " + when, when, Map.of("contact_time", when), 0.75, true));
					if (channel != null && channel.matches("text|email")) {
						channel(channel, out); // "only text me after 2pm" is also the channel they want
					}
				});
		rule("^(?:i\\s+|we\\s+)?(?:would|'d)?\\s*prefer\\b.{0,60}?\\b(?:by|via)\\s+(?<x>post|mail|letter|email|e-mail|text|phone|whatsapp)\\b", (m, out) -> channel(m.group("x"), out));
		rule("^(?:stop|quit)\\s+(?:with|using|sending|adding|putting)\\s+(?:the\\s+|all the\\s+|so many\\s+|all those\\s+)?(?:emojis?|emoticons|gifs)\\b|^(?:no more|less|fewer)\\s+emojis\\b", (m, out) -> out.accept(fact(COMMUNICATION,
				"format", "format_no_emoji", "Prefers no emojis", "no emojis", Map.of("format", "no emojis"), 0.7, false)));
		rule("^(?:reply|answer|respond|write)\\s+(?:to me\\s+)?(?:in brief|briefly|concisely|in short|in a few words)\\b", (m, out) -> answerLength("short", 0.75, m.group(), out));
		rule("(?:^|,\\s*|\\bso\\s+)(?:(?:use|keep to|stick to|write in|in)\\s+)?(?<x>(?:simple|short|easy|plain)\\s+(?:sentences|words|english|language))\\s+(?:best|please|pls|preferred|is best|are best|work best|works best|help|helps)\\b", (m, out) -> {
			String how = lower(m.group("x"));
			out.accept(fact(COMMUNICATION, "answer_style", "answer_style", "Prefers " + how, how, Map.of("answer_style", how), 0.75, true));
		});
		// Places: "me and the kids are in Ballymena", "from Brazil living in Porto now", "Nigerian living in Manchester",
		// "I live alone with my cat in a tiny flat in Glasgow"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^me\\s+and\\s+(?:my|the)\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+(?:are|live|are living|are based)\\s+(?:in|near|based in|out in)\\s+(?<x>\\p{Lu}.+)", FLAGS).matcher(clause);
			if (m.find() && !TEMPORARY_STAY.matcher(original).find()) {
				livesIn(m.group("x"), out);
			}
		});
		rule("^(?:" + I_AM + "|i come|we're|we are)\\s+(?:originally\\s+)?from\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?,?\\s+(?:(?:but|and)\\s+)?(?:now\\s+)?(?:living|based|settled|live)\\s+in\\s+(?<x>\\p{Lu}.+)",
				(m, out) -> livesIn(m.group("x"), out));
		fragment("^(?:an?\\s+)?(?<n>\\p{Lu}\\p{Ll}+)\\s+(?:living|based|working|studying|settled)\\s+in\\s+(?<x>\\p{Lu}.+)", (m, out) -> {
			String n = m.group("n");
			if (NATIONALITY.matcher(n).matches() && !Lexicon.LANGUAGES.contains(lower(n)) || NOT_NAMES.contains(lower(n)) && Character.isUpperCase(n.charAt(0))) {
				out.accept(fact(PERSONAL, "origin", "origin", "Is " + n, n, Map.of("nationality", n), 0.7, true));
				livesIn(m.group("x"), out);
			}
		});
		rule("^(?:i|we)\\s+live\\s+(?:alone\\s+|on my own\\s+|by myself\\s+|together\\s+)?(?:with\\s+(?:my\\s+)?[\\p{L} ]{2,30}?\\s+)?in\\s+(?:a|an|my|our)\\s+[\\p{L} -]{2,30}?\\s+in\\s+(?<x>\\p{Lu}.+)",
				(m, out) -> place(m.group("x"), "Lives in ", out));
		rule("^(?:i|we)\\s+live\\s+(?:alone\\s+|on my own\\s+|by myself\\s+)?with\\s+(?:my\\s+)?[\\p{L} ]{2,30}?\\s+in\\s+(?<x>\\p{Lu}.+)", (m, out) -> place(m.group("x"), "Lives in ", out));
		// Pets: "my cat Miso", "a bearded dragon called Spike", "Got a Labrador and a cockapoo"
		rule("^(?:i|i'm|we|we're)\\b.*?\\bmy\\s+(?<x>dog|cat|puppy|kitten|horse|pony|rabbit|parrot|tortoise|snake|lizard|gecko)\\s+(?<n>(?-i:\\p{Lu}\\p{Ll}+))\\b", (m, out) -> { // a name has its capital even where the rule ignores case ("with my dog to the vet")
			String name = m.group("n");
			if (NOT_A_DAY_NAME.contains(lower(name)) || NOT_A_PLACE.contains(lower(name))) {
				return;
			}
			String noun = lower(m.group("x"));
			Map<String, Object> structured = new LinkedHashMap<>();
			structured.put("relation", noun);
			structured.put("count", 1);
			structured.put("name", name);
			out.accept(fact(PERSONAL, "pet", "pet_" + slug(noun), "Has a " + noun + " named " + name, noun, structured, 0.75, false));
		});
		rule("^(?:i|we)\\s*(?:have|'ve got|have got|got|own)\\s+(?:a|an|one)\\s+(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:called|named)\\s+(?<n>\\p{Lu}\\p{Ll}+)\\b", (m, out) -> {
			String noun = lower(m.group("x"));
			if (noun.matches(".*\\b(?:friend|colleague|boss|mate|neighbou?r|brother|sister|son|daughter|husband|wife|partner|cousin|uncle|aunt|kid|child|boy|girl|baby|business|company|shop|account|app|channel|band|podcast|blog|car|boat|plant|project|file|folder|group|team|client|customer)s?$")) {
				return;
			}
			String name = m.group("n");
			Map<String, Object> structured = new LinkedHashMap<>();
			structured.put("relation", noun);
			structured.put("count", 1);
			structured.put("name", name);
			String[] parts = noun.split("\\s+");
			out.accept(fact(PERSONAL, "pet", "pet_" + slug(singular(parts[parts.length - 1])), "Has " + article(noun) + " " + noun + " named " + name, noun, structured, 0.7, false));
		});
		rule("^(?:(?:i|we)\\s*)?(?:'ve\\s+got|have\\s+got|have|own|got)\\s+(?<x>(?:an?|one|two|three|\\d)\\s+[^,]+?\\s+(?:and|&)\\s+(?:an?|one|two|three|\\d)\\s+[^,]+)", (m, out) -> {
			if (!lower(m.group()).matches("^(?:i|we|got)\\b.*")) {
				return;
			}
			pets(m.group("x"), out);
		});
		fragment("^(?:(?:i|we)\\s+)?(?:'ve\\s+|have\\s+)?got\\s+(?<x>(?:an?|one|two|three|\\d)\\s+[^,]+)", (m, out) -> pets(m.group("x"), out));
		fragment("^(?<n>one|two|three|four|five|six|\\d)\\s+(?<x>kids|children|boys|girls|sons|daughters)\\s+(?:under|aged|ages|age|over)\\s+\\w+", (m, out) -> {
			String noun = lower(m.group("x"));
			out.accept(fact(PERSONAL, "family", "family_" + slug(singular(noun)), "Has " + lower(m.group("n")) + " " + noun, noun,
					Map.of("relation", singular(noun), "count", count(lower(m.group("n")))), 0.7, false));
		});
		// Work: "Iam nurse", "I'm a wedding photographer myself", "I do tax returns for a living", "I drive for Uber",
		// "I work for Deloitte in audit", "As a landlord with 4 properties I need", "I work nights as a security guard",
		// "Retired now after 40 years teaching", "in night shift"
		rule("^(?:" + I_AM + "|iam)\\s+(?!(?:not|no|never|hardly|just|only|like|such|so|very|really|the|a|an|your|his|her|their|my|our|also|still|now|too|from|in|at|on|with|for|going|getting|being)\\b)"
				+ "(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)(?=\\s+(?:in|at|on|for|and|so|by|from|with|here|myself)\\b|\\s*[,.!]|$)", (m, out) -> job(m.group("x"), 0.7, true, out));
		rule("^i\\s+(?!(?:don't|do not|didn't|used|can't|won't|would|could|should|might|never|no|also)\\b)(?<v>\\p{L}+)(?:\\s+(?<x>[\\p{L}' -]{2,40}?))?\\s+for a living\\b", (m, out) -> {
			String v = lower(m.group("v"));
			if (v.endsWith("ed") || v.matches("am|was|were|have|had|get|got|need|want|like|love")) {
				return;
			}
			String what = m.group("x") == null ? null : phrase(m.group("x"));
			if (what != null && (isJunk(what) || what.matches("(?i)^(?:this|that|it|nothing|anything)\\b.*"))) {
				return;
			}
			String said = thirdPerson(v, what);
			out.accept(fact(PROFESSIONAL, "job", "job", capitalise(said) + " for a living", what == null ? v : what,
					Map.of("title", what == null ? v : what), 0.75, true));
		});
		rule("^i\\s+(?:drive|deliver|ride|cook|write|design|code|clean|model|sing|play|freelance|consult|teach|nurse|work)\\s+(?:full[- ]time\\s+|part[- ]time\\s+)?for\\s+(?<x>\\p{Lu}[\\p{L}&'.-]*(?:\\s+\\p{Lu}[\\p{L}&'.-]*)*)", (m, out) -> {
			String company = properNoun(m.group("x"));
			if (company != null && !NOT_A_PLACE.contains(lower(company)) && !NOT_A_DAY_NAME.contains(lower(company))) {
				out.accept(company(company));
			}
		});
		rule("^i\\s+work\\s+(?:at|for)\\s+\\p{Lu}[\\p{L}&'.-]*(?:\\s+\\p{Lu}[\\p{L}&'.-]*)*\\s+in\\s+(?<x>\\p{Ll}[\\p{Ll} -]{1,25}?)(?=\\s*[,.!]|$|\\s+(?:and|so|but|now|team|department)\\b)", (m, out) -> {
			String field = phrase(m.group("x"));
			if (field != null && !isJunk(field) && words(field) <= 3 && !field.matches("(?i)^(?:a|an|the|my|our|charge|person|town|the city)\\b.*")) {
				out.accept(fact(PROFESSIONAL, "industry", "industry", "Works in " + field, field, Map.of("industry", field), 0.7, true));
			}
		});
		rule("^as\\s+an?\\s+(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)\\s+(?:with|of|in|at|for|from|on)\\s+[^,]{1,40}?(?:(?:,\\s*|\\s+)(?:i|i'm|i've|i'd|we)\\b|$)", (m, out) -> job(m.group("x"), 0.75, true, out));
		fragment("^(?:i\\s+)?(?:currently\\s+)?(?:work|working)\\s+(?:nights|days|weekends|evenings|shifts|nightshifts?|night shifts?|mornings|lates|earlies)\\s+as\\s+(?:an?\\s+)?(?<x>.+)", (m, out) -> job(m.group("x"), 0.8, true, out));
		fragment("^(?:now\\s+|happily\\s+|recently\\s+)?retired(?:\\s+(?:now|since|after|for|from|last|this|and)\\b.*|,.*)?$", (m, out) -> out.accept(fact(PROFESSIONAL,
				"employment", "employment_status", "Is retired", "retired", Map.of("status", "retired"), 0.75, true)));
		rule("^(?:" + I_AM + "|iam|i)\\b.*?\\b(?:on|in)\\s+(?:the\\s+)?(?<x>night shifts?|nightshifts?|day shifts|early shifts|late shifts|graveyard shifts?|shift work|rotating shifts)\\b", (m, out) -> {
			String shifts = lower(m.group("x"));
			out.accept(fact(BEHAVIOR, "routine", "routine_shifts", "Works " + shifts, shifts, Map.of("routine", "works " + shifts), 0.7, true));
		});
		// Routines: "I'm in the space tues and thurs only", "Fri and Sat nights I'm usually out", "I work from home three
		// days a week", "I read on my smartwatch", "I'm on my phone 99% of the time", "commute 20km each way daily"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:" + I_AM + "|we're|we are)\\s+(?:only\\s+|usually\\s+|normally\\s+)?(?:in|at|on site|in the office|at work|at the office|around|free|off|working|home|busy)\\b(?<rest>.*)$", FLAGS).matcher(clause);
			if (!m.find() || NOT_A_ROUTINE.matcher(clause).find()) {
				return;
			}
			Matcher days = DAYS_PHRASE.matcher(clause);
			Matcher only = compiled("\\b" + DAYS + "\\s+only\\b|\\b(?:every|each)\\s+" + DAYS, FLAGS).matcher(clause);
			boolean daysFound = days.find();
			if (daysFound || only.find()) {
				String said = clause.replaceFirst("(?i)^(?:i'm|i am|im)\\b", "is").replaceFirst("(?i)^(?:we're|we are)\\b", "is").replaceAll("(?i)\\bmy\\b", "their");
				said = phrase(said);
				String when = daysFound ? days.group() : only.group();
				if (said != null && !lower(said).contains(lower(when))) {
					said = said + " " + lower(when); // "I'm at the climbing wall every Tuesday": the phrase stops before "every"
				}
				if (said != null && words(said) <= 10) {
					out.accept(fact(BEHAVIOR, "routine", "routine_" + slug(said), capitalise(said), said, Map.of("routine", said), 0.65, false));
				}
			}
		});
		durable("^i\\s+(?:usually\\s+|mostly\\s+|only\\s+|now\\s+)?(?:work from home|work remotely(?!\\s+from)|wfh)\\b(?<x>.*)$", (m, out) -> {
			Matcher freq = compiled("\\b(?:(?:one|two|three|four|five|\\d|a few|most)\\s+days?\\s+(?:a|per|each)\\s+week|full[- ]time|part[- ]time|most days|(?:on\\s+)?" + DAYS + "(?:\\s*(?:and|&|,|-|–|to|through|thru)\\s*" + DAYS + ")*)\\b", FLAGS).matcher(m.group("x"));
			String when = freq.find() ? " " + lower(freq.group()) : "";
			out.accept(fact(BEHAVIOR, "routine", "routine_work_from_home", "Works from home" + when, "work from home" + when,
					Map.of("routine", "works from home" + when), 0.7, true));
		});
		durable("^(?:i\\s+)?(?<v>read|check|browse|shop|order|reply|message|chat|watch|listen|do\\s+my\\s+[\\p{L} ]{2,20}?|use\\s+(?:it|this|the app))"
				+ "\\s+(?:these|this|them|it|messages|emails|replies|your messages|your emails)?\\s*(?:on|from|via)\\s+(?:my|the)\\s+(?<x>phone|mobile|smartwatch|watch|apple watch|ipad|tablet|laptop|kindle|computer|pc|train|bus|tube|commute|metro)\\b", (m, out) -> {
					if (!lower(m.group(0)).startsWith("i")) {
						return;
					}
					String where = lower(m.group("x"));
					String v = lower(m.group("v")).replaceAll("\\bmy\\b", "their");
					String said = capitalise(thirdPerson(v.split("\\s+")[0], v.contains(" ") ? v.substring(v.indexOf(' ') + 1) : null)) + " on their " + where;
					out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(where), said, where, Map.of("habit", said), 0.65, false));
				});
		rule("^" + I_AM + "\\s+(?:always\\s+|mostly\\s+|usually\\s+)?on\\s+my\\s+(?<x>phone|mobile|laptop|tablet|ipad|computer)\\b.*\\b(?:of the time|all day|constantly|mostly|always)\\b", (m, out) -> {
			String where = lower(m.group("x"));
			out.accept(fact(BEHAVIOR, "channel", "channel_" + slug(where), "Is mostly on their " + where, where, Map.of("habit", "on their " + where), 0.65, false));
		});
		rule("^i\\s+(?:usually\\s+|now\\s+)?commute\\s+(?<x>\\d+\\s*(?:km|k|miles?|mi|mins?|minutes|hours?|hrs?)(?:\\s+each way|\\s+a day|\\s+daily|\\s+(?:each|every) day|\\s+round trip)*(?:\\s+by\\s+(?:bike|car|train|bus|foot))?)", (m, out) -> {
			String how = lower(m.group("x"));
			out.accept(fact(BEHAVIOR, "routine", "routine_commute", "Commutes " + how, "commute " + how, Map.of("routine", "commutes " + how), 0.65, true));
		});
		rule("^" + I_AM + "\\b.*?\\band\\s+(?:recently\\s+|now\\s+|just\\s+|happily\\s+)?retired\\b(?!\\s+\\p{L}+(?:er|or|ist|ian)\\b)", (m, out) -> out.accept(fact(PROFESSIONAL,
				"employment", "employment_status", "Is retired", "retired", Map.of("status", "retired"), 0.75, true)));
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:" + I_AM + "|we're|we are)\\b.*?(?<!\\b(?:about|of|to|like|enjoy|love|hate|start|stop|imagine|considering|fancy|before|after|from|for))\\s+living\\s+in\\s+(?<x>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)", FLAGS).matcher(clause);
			if (m.find() && !TEMPORARY_STAY.matcher(original).find() && !AWAY.matcher(clause.substring(0, m.start("x"))).find()
					&& !compiled("\\b(?:my|our|his|her|their|he|she|they|who|whose|he's|she's|they're)\\b", FLAGS).matcher(clause.substring(0, m.start("x"))).find()) {
				livesIn(m.group("x"), out); // "We're a family of four living in Perth"
			}
		});
		fragment("^(?:wfh|working from home)\\s+(?<x>most days|full[- ]time|part[- ]time|(?:one|two|three|four|\\d)\\s+days?\\s+a\\s+week|on\\s+" + DAYS + "(?:\\s*(?:and|&|,)\\s*" + DAYS + ")*)\\b", (m, out) -> {
			String when = lower(m.group("x"));
			String said = lower(m.group()).startsWith("wfh") ? "wfh" : "working from home";
			out.accept(fact(BEHAVIOR, "routine", "routine_work_from_home", "Works from home " + when, "work from home " + when,
					Map.of("routine", "works from home " + when, "said", said + " " + when), 0.7, true));
		});
		Pattern dietThenComma = compiled("^(?:strict\\s+|mostly\\s+)?(?<x>" + DIETS + ")(?:\\s+here)?\\s*,\\s*(?:so\\s+|no\\s+|and\\s+|but\\s+|please\\s+|pls\\s+|nothing\\s+|never\\s+)", FLAGS);
		rules.add((clause, original, out) -> {
			// "pescatarian, no red meat at all", "vegetarian, so no gelatine please": a diet that opens what follows
			Matcher m = dietThenComma.matcher(LEADING.matcher(original.strip()).replaceFirst(""));
			if (m.find() && clause.regionMatches(true, 0, m.group("x"), 0, m.group("x").length()) && !ONE_OFF.matcher(original).find()) {
				diet(m.group("x"), 0.75, out);
			}
		});
		// "Myself Rahul" (Indian English), "Long time customer, mum of three, ...", "stay at home dad with twins",
		// "on a fixed income", "Working mum, no time to cook"
		fragment("^myself\\s+(?<x>\\p{Lu}\\p{Ll}+)(?=\\s*[,.!]|$|\\s+(?:here|from|and|working|living)\\b)", (m, out) -> name(m.group("x"), 0.7, out));
		rule("^" + I_AM + "\\s+(?:a\\s+)?(?:single\\s+)?stay[- ]at[- ]home\\s+(?<r>mum|mom|dad|parent|mother|father)(?:\\s+(?:of|to|with)\\s+(?<c>twins|triplets|(?:one|two|three|four|\\d)\\s+(?:kids|children|boys|girls)))?", (m, out) -> {
			String role = lower(m.group("r"));
			out.accept(fact(PROFESSIONAL, "employment", "employment_status", "Is a stay-at-home " + role, "stay-at-home " + role,
					Map.of("status", "stay-at-home " + role), 0.8, true));
			if (m.group("c") != null) {
				String children = lower(m.group("c"));
				out.accept(fact(PERSONAL, "family", "family_parent", "Is a " + role + " of " + children, role + " of " + children,
						Map.of("role", role, "children", children), 0.75, false));
			}
		});
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:living\\s+)?on\\s+(?:a\\s+)?(?<x>fixed income|low income|a pension|pension|benefits|one income|a single income|minimum wage)\\b", (m, out) -> {
			String what = lower(m.group("x")).replaceFirst("^a ", "");
			out.accept(fact(CONSTRAINTS, "budget", "budget_income", "Is on " + article(what) + " " + what, what, Map.of("income", what), 0.75, true));
		});
		fragment("^(?:a\\s+)?(?:working|busy|single|new|first-time|full-time|exhausted|tired)\\s+(?<r>mum|mom|dad|parent|mother|father)(?:\\s+here)?(?=\\s*[,.!]|$)", (m, out) -> {
			String role = lower(m.group(0)).replaceFirst("^a\\s+", "").replaceFirst("\\s+here$", "");
			out.accept(fact(PERSONAL, "family", "family_parent", "Is a " + role, role, Map.of("role", lower(m.group("r"))), 0.7, false));
		});
		rule("^(?:i|we)\\s+live\\s+(?:alone|on my own|by myself|on our own|together)\\s+(?:in|near|just outside)\\s+(?<x>\\p{Lu}.+)", (m, out) -> place(m.group("x"), "Lives in ", out));
		// "we've just bought a 1930s semi in Leeds", "I own a two-bed terrace near Derby"
		rule("^(?:i|we|i've|we've|i have|we have)\\s+(?:just\\s+|recently\\s+|finally\\s+)?(?:bought|moved into|rent|own)\\s+(?:a|an|our|my)\\s+(?:(?:first|new|little|small|old|big|\\d{4}s|victorian|georgian|edwardian|terraced|detached|semi-detached|period|\\p{L}+-bed(?:room)?|\\d-bed(?:room)?)\\s+){0,3}"
				+ "(?:house|home|flat|apartment|place|condo|cottage|bungalow|semi|terrace|townhouse|maisonette|farmhouse|new build|new-build)\\s+(?:in|near)\\s+(?<x>\\p{Lu}.+)", (m, out) -> place(m.group("x"), "Lives in ", out));
		fragment("^(?:in\\s+(?:my|their)\\s+)?(?<w>early|mid|late)[- ]?(?<n>[2-9]0)s(?=\\s*,|$)", (m, out) -> {
			String said = lower(m.group("w")) + " " + m.group("n") + "s";
			out.accept(fact(PERSONAL, "age", "age", "Is in their " + said, said, Map.of("age_range", said), 0.7, true));
		});
		fragment("^(?<n>one|two|three|four|five|\\d)\\s+(?<x>teenagers|teens|toddlers|grown-up kids|grown up kids|grandkids|grandchildren)(?=\\s*(?:,|$|and\\b))", (m, out) -> {
			String noun = lower(m.group("x"));
			out.accept(fact(PERSONAL, "family", "family_" + slug(singular(noun)), "Has " + lower(m.group("n")) + " " + noun, noun,
					Map.of("relation", singular(noun), "count", count(lower(m.group("n")))), 0.7, false));
		});
		rule("^(?:(?:mostly|mainly)\\s+)?i\\s+(?:mostly\\s+|mainly\\s+|usually\\s+|often\\s+|also\\s+)*read\\s+(?:a lot of\\s+|lots of\\s+|loads of\\s+)?(?<x>(?!(?:my|your|the|this|that|these|those|it|them|emails?|messages?|replies|reviews|his|her|their|every|each|on|in|at|a|an)\\b).+)", (m, out) -> {
			String raw = m.group("x").replaceFirst("(?i)\\s+(?:on|in|while|during|when|every|at|before|after)\\s.*$", "");
			for (String object : items(raw)) {
				if (!isJunk(object) && words(object) <= 3) {
					String subject = topic(object);
					out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), "Reads " + object, subject,
							Map.of("topic", subject, "strength", "moderate"), 0.7, false, 1));
				}
			}
		});
		rule("^" + I_AM + "\\s+an?\\s+[\\p{L} -]{2,40}?\\s+and\\s+(?:a\\s+)?(?:proud\\s+|busy\\s+|single\\s+)?(?<r>mum|mom|dad|mother|father|parent)\\s+(?:of|to)\\s+"
				+ "(?<x>twins|triplets|(?:a|an|one|two|three|four|five|six|\\d+)(?:\\s+(?:kids|children|boys|girls|sons|daughters|teenagers|teens))?)\\b", (m, out) -> {
					String role = lower(m.group("r"));
					String children = lower(m.group("x"));
					out.accept(fact(PERSONAL, "family", "family_parent", "Is a " + role + " of " + children, role + " of " + children,
							Map.of("role", role, "children", children), 0.75, false));
				});
		rule("^as\\s+an?\\s+(?:strict\\s+|lifelong\\s+)?(?<x>" + DIETS + ")\\b(?!\\s+(?:restaurant|cafe|café|shop|brand|company|business|option|menu))", (m, out) -> diet(m.group("x"), 0.75, out));
		rule("^as\\s+(?:someone|a person|somebody)\\s+(?:with|who has)\\s+(?:a\\s+|an\\s+)?(?<x>" + CONDITIONS + ")\\b", (m, out) -> condition(m.group("x"), out));
		rule("^(?:my \\p{L}+ and i|me and my \\p{L}+|we)\\s+both\\s+have\\s+(?:a\\s+|an\\s+)?(?<x>" + CONDITIONS + ")\\b", (m, out) -> condition(m.group("x"), out));
		// Goals: "looking to do the ML ops cert", "aiming for JLPT N3", "getting married june 2025", "starting uni in September"
		rule("^(?:" + I_AM + "|iam|we're|we are)\\s+(?:very much\\s+|really\\s+|currently\\s+|actually\\s+|also\\s+)?looking\\s+to\\s+(?<x>.+)", (m, out) -> lookingTo(m.group("x"), out));
		fragment("^(?:also\\s+|currently\\s+)?looking\\s+to\\s+(?<x>.+)", (m, out) -> lookingTo(m.group("x"), out));
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:currently\\s+)?(?:aiming|going|working|pushing)\\s+for\\s+(?<x>.+)", (m, out) -> {
			String object = goalObject(m.group("x"));
			if (object != null && !isJunk(object) && !requestLike(object) && words(object) <= 6 && !object.matches("(?i)^(?:a|an|the)\\s+(?:refund|discount|deal|walk|run|coffee|drink|swim)\\b.*")
					&& !object.matches("(?i)^(?:next|this|last|the end|end|early|late|mid|by|before|after|around|about|\\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\\b.*")) {
				String subject = topic(object);
				out.accept(fact(GOALS, "goal", "goal_" + slug(subject), "Is aiming for " + object, subject, Map.of("goal", object), 0.7, false));
			}
		});
		fragment("^(?:we're\\s+|we are\\s+)?getting\\s+(?<x>married|engaged)\\b", (m, out) -> {
			String event = lower(m.group("x"));
			out.accept(fact(GOALS, "plan", "plan_" + event, "Is getting " + event, event, Map.of("event", event), 0.75, false));
		});
		rule("^(?:" + I_AM + "|we're|we are)\\s+(?:about to\\s+|soon\\s+)?(?:starting|going to|off to|heading to)\\s+(?<x>uni|university|college|sixth form|med school|law school|grad school|an apprenticeship|a new job|my (?:degree|masters|phd|apprenticeship|new job))\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(GOALS, "plan", "plan_" + slug(what), "Is starting " + what, what, Map.of("plan", "starting " + what), 0.7, false));
		});
		rule("^(?:" + I_AM + "|iam)\\b.*?\\bstudying\\s+(?<x>\\p{Ll}+(?:\\s+\\p{Ll}+)?)(?=\\s*[,.!]|$|\\s+(?:at|in|and|so|but|do|is|next|this|from)\\b)", (m, out) -> {
			String field = lower(m.group("x"));
			if (!isJunk(field) && !field.matches("(?i)^(?:for|at|in|with|on|hard|now|abroad|online|again|part|full)\\b.*")) {
				out.accept(fact(PROFESSIONAL, "education", "field_of_study", "Studies " + field, field, Map.of("field", field), 0.75, true));
			}
		});
		// Interests: "love hiking", "love me some Taylor Swift", "im a massive Warhammer guy", "Im a cyclist", "esp Scandi noir",
		// "Not interested in football at all"
		fragment("^(?:really\\s+|absolutely\\s+|just\\s+)?(?:love|adore|enjoy)\\s+(?:me\\s+some\\s+)?(?<x>(?!(?:the|this|that|these|those|your|ur|it|its|how|what|when|where|to|my|our|u|you|ya|him|her|them|us|being|getting|having|waiting|it's)\\b).+)", (m, out) -> {
			for (String object : items(m.group("x"))) {
				if (!isJunk(object) && words(object) <= 5) {
					String subject = topic(object);
					out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), "Loves " + object, subject,
							Map.of("topic", subject, "strength", "strong"), 0.7, false, 1));
				}
			}
		});
		rule("^(?:i|we)\\s+(?:really\\s+|just\\s+)?love\\s+me\\s+some\\s+(?<x>.+)", (m, out) -> interestsIn(m.group("x"), out));
		rule("^" + I_AM + "\\s+(?:an?|such an?)\\s+(?:massive|huge|big|total|real|proper|complete|absolute|giant)\\s+(?<x>[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?)\\s+(?:guy|girl|gal|person|kid|dude|lad|nerd|geek|head)\\b", (m, out) -> {
			String what = m.group("x");
			if (!isJunk(what) && !what.matches("(?i)people|morning|night|nice|good|family|party|city|country|outdoors?|indoors?")) {
				out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(what), "Is into " + what, what, Map.of("topic", what, "strength", "strong"), 0.7, false, 1));
			}
		});
		rule("^" + I_AM + "\\s+an?\\s+(?<x>runner|cyclist|climber|swimmer|hiker|gamer|golfer|surfer|skier|snowboarder|birdwatcher|birder|angler|knitter|baker|diver|sailor|skater|triathlete|boulderer|bookworm|reader|foodie|gardener)(?=\\s*[,.!]|$|\\s+(?:and|so|but|who|too|myself|at heart)\\b)",
				(m, out) -> hobbyist(m.group("x"), out));
		rule("^(?:(?:i'm\\s+|im\\s+|i am\\s+)?(?:an?\\s+)?(?:big|huge|massive)\\s+fan\\s+of|(?:i\\s+)?(?:love|like|enjoy|adore)|(?:i'm\\s+|im\\s+)?into)\\s+[^,]+,\\s*(?:esp\\.?|especially|particularly)\\s+(?<x>(?!(?:on|in|at|for|when|with|during|the|weekends?|now|if|after|before|every|at)\\b)[\\p{L}0-9][\\p{L}0-9' -]{1,30}?)(?=\\s*[,.!]|$|\\s+(?:what|which|any|and|but|so)\\b)",
				(m, out) -> interestsIn(m.group("x"), out));
		rule("^(?:(?:i'm|im|i am)\\s+)?(?:really\\s+|just\\s+|honestly\\s+)?not\\s+(?:interested\\s+in|into|a fan of|keen on|bothered about)\\s+(?<x>[\\p{L} -]{2,30}?)(?:\\s+at all)?$", (m, out) -> {
			String object = phrase(m.group("x"));
			if (object != null && !requestLike(object) && !object.endsWith("ing")
					&& !object.matches("(?i).*\\b(?:premium|upgrade|upgrades|offer|offers|plan|subscription|deal|deals|insurance|renewal|extension|warranty|newsletter|emails?|marketing|calls?)\\b.*")) {
				dislike(object, out);
			}
		});
		// Preferences: "Horror games only pls", "deliveries after 3pm only please", "deliveries Sunday arvo are best"
		fragment("^(?<x>[\\p{L}][\\p{L} -]{2,25}?)\\s+only\\s*(?:pls|please|plz)(?=\\s*[,.!]|$)", (m, out) -> {
			String object = m.group("x").strip();
			if (isJunk(object) || words(object) > 3 || object.matches("(?i)^(?:strictly\\s+)?(?:" + DIETS + ")\\b.*") || object.matches("(?i).*\\b(?:" + CHANNEL + "|adults?|members?|cash|card|today|tomorrow|one|once|me|mine|him|her|them|us|staff|weekdays?|weekends?|delivery|deliveries|collections?)\\b.*")
					|| object.matches("(?i)^(?:i|i'm|im|we|my|the|this|that|it|you|he|she|they|is|are|was|not|for|if|members)\\b.*")) {
				return;
			}
			String subject = lower(topic(object));
			out.accept(fact(PREFERENCES, "preference", "prefers_" + slug(subject), "Prefers " + lower(object) + " only", subject,
					Map.of("prefers", lower(object)), 0.65, false, 1));
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:deliveries|delivery|delivery slots?|collections?|drop-?offs?)\\s+(?<t>(?:on\\s+)?(?:after|before|between|from|around|on|" + DAYS + ")\\b.{1,25}?)\\s+(?:only|are best|is best|work best|works best|please|pls|ideally|preferably|suit me|are ideal|is ideal)\\b", FLAGS).matcher(clause);
			if (!m.find()) {
				return;
			}
			String when = lower(m.group("t")).strip();
			Matcher days = DAYS_PHRASE.matcher(original);
			if (when.matches("(?:on\\s+)?(?:those|these|the same)\\s+days|then|that day")) {
				if (!days.find()) {
					return; // "deliveries on those days are best" says nothing without the days it points back to
				}
				when = "on " + lower(days.group("w"));
			}
			out.accept(fact(PREFERENCES, "preference", "prefers_delivery_time", "Prefers deliveries " + when, "deliveries " + when,
					Map.of("delivery_time", when), 0.7, true, 1));
		});
	}

	// ---------------------------------------------------------------- round four: people (personal, professional, constraints, communication)

	/** An amount of money with its currency, as written: "£40", "30 quid", "200 euros", "$1.5k". */
	private static final String MONEY = "(?:[$€£]\\s*\\d[\\d,.]*\\s*k?|\\d[\\d,.]*\\s*k?\\s*(?:dollars?|euros?|pounds?|quid|bucks|usd|eur|gbp|[$€£]))";
	private static final String PER_PERIOD = "(?:\\s*(?:a|per|/|an|each)\\s*(?:month|week|year|night|person|day|head))?";
	/** A tight budget said without an amount: "budget's tight", "money is tight", "I'm skint". */
	private static final Pattern TIGHT_MONEY = Pattern.compile("^(?:(?:my|our)\\s+)?(?:budget|money|cash|funds)(?:'s|\\s+is|\\s+are)\\s+(?:always\\s+|a bit\\s+|really\\s+)?(?:really\\s+|very\\s+|super\\s+|a bit\\s+|a little\\s+|pretty\\s+|quite\\s+|so\\s+)?tight\\b"
			+ "|^(?:" + I_AM + "|we're|we are)\\s+(?:a bit\\s+|pretty\\s+|really\\s+|quite\\s+|so\\s+)?(?:skint|broke|strapped for cash|on a shoestring|on a budget|short of money|short on cash)\\b", FLAGS);
	/** What a tight budget asks for in the same message, question or not: "anything under $50 a night?". */
	private static final Pattern ASKED_UNDER = Pattern.compile("\\b(?:anything|something|any\\s+\\p{L}+|one|options?|ones)\\s+(?:for\\s+)?(?:under|below|less than|cheaper than|for under|for less than)\\s+(?<x>"
			+ MONEY + "|\\d[\\d,.]*(?=\\s*(?:a|per|/|an|each)\\s*(?:month|week|year|night|person|day|head)\\b))", FLAGS);
	private static final Pattern NOT_DURABLE_MONEY = Pattern.compile("\\b(?:this|next)\\s+(?:month|week)\\b|\\b(?:until|till|til) payday\\b|\\btoday\\b|\\bright now\\b|\\bat the moment\\b", FLAGS);
	/** Languages named in their own tongue: "en español", "auf Deutsch". */
	private static final Map<String, String> NATIVE_LANGUAGE_NAMES = Map.ofEntries(Map.entry("español", "Spanish"), Map.entry("espanol", "Spanish"),
			Map.entry("castellano", "Spanish"), Map.entry("français", "French"), Map.entry("francais", "French"), Map.entry("deutsch", "German"),
			Map.entry("português", "Portuguese"), Map.entry("portugues", "Portuguese"), Map.entry("italiano", "Italian"),
			Map.entry("nederlands", "Dutch"), Map.entry("polski", "Polish"), Map.entry("türkçe", "Turkish"), Map.entry("turkce", "Turkish"),
			Map.entry("svenska", "Swedish"), Map.entry("català", "Catalan"), Map.entry("catala", "Catalan"));
	/** A wish in another language: the verbs and courtesies that make "en español" a request, not a mention. */
	private static final Pattern NATIVE_REQUEST = Pattern.compile("\\b(?:prefiero|prefiro|preferisco|préfère|prefere|bevorzuge|por favor|porfa|s'il vous plaît|s'il te plaît|svp|bitte|per favore|alsjeblieft|graag"
			+ "|hablen|hablar|hábleme|hableme|respondan|responda|respóndame|respondame|escriban|escríbame|escribame|contesten|répondez|répondre|parlez|parler|écrivez|antworten|sprechen|schreiben"
			+ "|rispondete|rispondere|parlare|scrivete|falar|falem|responder|respondam|escrevam|antwoorden|spreken)\\b", FLAGS);
	private static final Pattern IN_NATIVE_LANGUAGE = Pattern.compile("\\b(?:en|in|auf|em|op|na|w)\\s+(?<x>español|espanol|castellano|français|francais|deutsch|português|portugues|italiano|nederlands|polski|türkçe|turkce|svenska|català|catala)\\b", FLAGS);
	/** Nationalities, in English and as said in a few other tongues ("ik ben nederlands", "je suis française"). */
	private static final Map<String, String> NATIVE_NATIONALITY = Map.ofEntries(Map.entry("nederlands", "Dutch"), Map.entry("nederlandse", "Dutch"),
			Map.entry("français", "French"), Map.entry("française", "French"), Map.entry("francais", "French"), Map.entry("francaise", "French"),
			Map.entry("deutsch", "German"), Map.entry("deutsche", "German"), Map.entry("deutscher", "German"), Map.entry("italiano", "Italian"),
			Map.entry("italiana", "Italian"), Map.entry("español", "Spanish"), Map.entry("española", "Spanish"), Map.entry("espanol", "Spanish"),
			Map.entry("espanola", "Spanish"), Map.entry("mexicano", "Mexican"), Map.entry("mexicana", "Mexican"), Map.entry("português", "Portuguese"),
			Map.entry("portuguesa", "Portuguese"), Map.entry("brasileiro", "Brazilian"), Map.entry("brasileira", "Brazilian"),
			Map.entry("colombiano", "Colombian"), Map.entry("colombiana", "Colombian"), Map.entry("argentino", "Argentinian"),
			Map.entry("polakiem", "Polish"), Map.entry("polką", "Polish"), Map.entry("svensk", "Swedish"), Map.entry("schweizer", "Swiss"),
			Map.entry("belge", "Belgian"), Map.entry("suisse", "Swiss"), Map.entry("chileno", "Chilean"), Map.entry("chilena", "Chilean"),
			Map.entry("peruano", "Peruvian"), Map.entry("peruana", "Peruvian"), Map.entry("venezolano", "Venezuelan"), Map.entry("venezolana", "Venezuelan"));
	static final java.util.Set<String> NATIONALITIES = java.util.Set.of("american", "british", "english", "scottish", "welsh", "irish", "canadian",
			"australian", "french", "german", "dutch", "belgian", "swiss", "austrian", "italian", "spanish", "portuguese", "greek", "polish",
			"czech", "slovak", "hungarian", "romanian", "bulgarian", "croatian", "serbian", "ukrainian", "russian", "swedish", "norwegian",
			"danish", "finnish", "icelandic", "turkish", "israeli", "lebanese", "egyptian", "moroccan", "nigerian", "ghanaian", "kenyan",
			"ethiopian", "indian", "pakistani", "bangladeshi", "nepali", "chinese", "japanese", "korean", "vietnamese", "thai", "filipino",
			"indonesian", "malaysian", "singaporean", "mexican", "brazilian", "argentinian", "argentine", "colombian", "chilean", "peruvian",
			"venezuelan", "cuban", "jamaican", "lithuanian", "latvian", "estonian", "slovenian", "albanian", "iranian", "iraqi", "syrian",
			"jordanian", "saudi", "emirati", "tunisian", "algerian", "zimbabwean", "ugandan", "tanzanian", "cameroonian", "senegalese",
			"sri lankan", "new zealander", "kiwi", "south african", "puerto rican", "dominican", "haitian", "taiwanese");
	/** Tools and languages of a trade, said after a job: "data analyst, mostly python and sql". */
	private static final java.util.Set<String> TRADE_TOOLS = java.util.Set.of("python", "sql", "java", "javascript", "js", "typescript", "ts",
			"react", "angular", "vue", "node", "node.js", "c", "c++", "c#", "go", "golang", "rust", "kotlin", "swift", "php", "ruby", "rails",
			"scala", "r", "matlab", "excel", "vba", "tableau", "power bi", "powerbi", "looker", "dbt", "spark", "hadoop", "kafka", "airflow",
			"aws", "azure", "gcp", "docker", "kubernetes", "k8s", "terraform", "linux", "figma", "sketch", "photoshop", "illustrator",
			"indesign", "autocad", "revit", "solidworks", "blender", "unity", "unreal", "sap", "salesforce", "hubspot", "wordpress",
			"shopify", "django", "flask", "spring", ".net", "dotnet", "sas", "spss", "stata", "html", "css", "graphql", "postgres",
			"postgresql", "mysql", "mongodb", "snowflake", "databricks", "pandas", "pytorch", "tensorflow", "xero", "quickbooks", "sage",
			"premiere", "after effects", "final cut", "lightroom", "canva", "jira", "bash", "perl", "fortran", "cobol", "dart", "flutter");
	/** Where someone settles, said without "I" after a statement about the writer: "from Naples but living in Munich now". */
	private static final Pattern SETTLED_LATER = Pattern.compile("(?:,\\s*|\\s+(?:but|and|then|so)\\s+|\\s*[–—]\\s*|\\s+-\\s+)(?:(?:i|we)\\s+|i've\\s+|we've\\s+|ive\\s+)?(?:have\\s+)?"
			+ "(?:just\\s+|recently\\s+|finally\\s+|then\\s+|now\\s+|since\\s+)?(?:(?<m>moved|relocated)\\s+(?:back\\s+|over\\s+|out\\s+|down\\s+|up\\s+)?to|(?:living|based|settled|live|settled down)\\s+(?:now\\s+)?in)\\s+"
			+ "(?<x>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)", FLAGS);
	/** A move that is only wished or planned: "I want to study and live in Lisbon" is no home yet. */
	private static final Pattern WISHED_OR_PLANNED = Pattern.compile("\\b(?:want|wanna|would (?:love|like)|'d (?:love|like)|hope|hoping"
			+ "|plan|planning|going to|gonna|dream|wish|thinking (?:of|about)|might|may|could|someday|one day)\\b", FLAGS);
	/** A sentence that opens on the writer: "I'm from ...", "used to live in ...", "my name's Tomasz, ...". */
	private static final Pattern WRITER_OPENS = Pattern.compile("^(?:i|i'm|im|i am|i've|ive|we|we're|we've|my name|my name's|name's|used to|lived|grew up|born|originally|from|just|recently|raised)\\b", FLAGS);
	private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(?:my|our)\\s+(?!name\\b|own\\b)\\p{L}+|\\b(?:he|she|they|his|her|their|he's|she's|they're)\\b", FLAGS);
	private static final Pattern MOVE_NOT_SETTLED = Pattern.compile("\\b(?:on holiday|on vacation|for the (?:summer|winter|week|weekend|month)|for a (?:few|couple)|temporarily|until|till|visiting|trip|hotel|for now)\\b", FLAGS);
	private static final String DIET_KINDS = "(?:low|no|zero|reduced|restricted|high)[- ](?:sodium|salt|sugar|fat|carbs?|fodmap|protein|fibre|fiber|calorie|residue|purine|potassium|gi|iodine|cholesterol|oxalate|histamine|phosphate)"
			+ "|low-?fodmap|renal|cardiac|diabetic|bland|liquid|soft(?:[- ]food)?|elimination|anti-inflammatory|dash|heart-healthy|(?:sugar|salt|nut|egg|soy|wheat)[- ]free";
	private static final String RELIGIONS = "hindu|muslim|jewish|sikh|buddhist|jain|mormon|rastafarian|seventh-day adventist";
	/** Body conditions that shape what suits someone: "flat feet", "plantar fasciitis". */
	private static final String BODY_CONDITIONS = "flat feet|high arches|bunions|plantar fasciitis|shin splints|a bad back|hypermobility|scoliosis|sciatica|tendonitis|tendinitis"
			+ "|a stammer|a stutter|a pacemaker|low vision|bad circulation|raynaud's|vertigo|motion sickness|travel sickness|a stoma|a colostomy|hay ?fever|sensitive skin|a weak bladder|tinnitus";
	private static final String CHANNEL_APPS = "whatsapp|telegram|signal|messenger|facebook messenger|instagram|insta|slack|teams|microsoft teams|discord|imessage|viber|wechat";

	private void roundFourPeople() {
		// Tools of the trade after a job in a list: "data analyst, mostly python and sql", "UX designer, mostly in Figma"
		listRules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:mostly|mainly|primarily|largely|all|heavy on|lots of|a lot of)\\s+(?:in\\s+|with\\s+|using\\s+|on\\s+)?)?(?<x>[\\p{L}0-9+#.][\\p{L}0-9+#. /&-]{0,40}?)(?<after>\\s+(?:mostly|mainly|primarily))?$", FLAGS).matcher(clause);
			if (!m.find() || m.group("after") == null && !lower(clause).matches("^(?:mostly|mainly|primarily|largely|all|heavy on|lots of|a lot of)\\b.*")) {
				return;
			}
			List<String> tools = items(m.group("x").replaceAll("\\s+(?:stuff|work|mostly)$", ""));
			if (!tools.isEmpty() && tools.stream().allMatch(tool -> TRADE_TOOLS.contains(lower(tool)))) {
				String said = tools.size() == 1 ? tools.get(0) : String.join(", ", tools.subList(0, tools.size() - 1)) + " and " + tools.get(tools.size() - 1);
				out.accept(fact(PROFESSIONAL, "skill", "skill_" + slug(said), "Is skilled in " + said, said, Map.of("skill", said), 0.7, false));
			}
		});
		// Places said on the way: "I'm from Naples but living in Munich now", "used to live in Paris but moved to Lyon last
		// year", "my name's Tomasz, just moved to Gdansk for work"; not about someone else, not a stay
		rules.add((clause, original, out) -> {
			String start = LEADING.matcher(original.strip()).replaceFirst("");
			if (!WRITER_OPENS.matcher(start).find() || MOVE_NOT_SETTLED.matcher(original).find()) {
				return;
			}
			Matcher m = SETTLED_LATER.matcher(start);
			while (m.find()) {
				String before = start.substring(0, m.start());
				if (!SOMEONE_ELSE.matcher(before).find() && !WISHED_OR_PLANNED.matcher(before).find()
						&& !NOT_A_PLACE.contains(lower(m.group("x")))) {
					place(m.group("x"), "Lives in ", out);
					return;
				}
			}
		});
		// "I'm in a tiny village in Wales", "we live in a small town outside Leeds", "I'm in rural Wales"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:" + I_AM + "|we're|we are|i live|we live|i'm living|we're living|i'm based|we're based)\\s+(?:out\\s+|over\\s+|down\\s+|up\\s+)?in\\s+"
					+ "(?:(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:village|town|city|hamlet|island|suburb|part|corner|area|bit|valley|county|region|middle of nowhere|countryside|sticks)\\s+"
					+ "(?:in|of|near|outside|just outside|outside of|on the outskirts of)\\s+|(?:rural|remote|north|south|east|west|northern|southern|eastern|western|central|upstate|coastal|outer|inner|deepest|darkest|sunny|rainy)\\s+)"
					+ "(?<x>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)", FLAGS).matcher(clause);
			if (m.find() && !TEMPORARY_STAY.matcher(original).find()) {
				livesIn(m.group("x"), out);
			}
		});
		// Family said in passing: "we just had a baby", "our twins keep me busy"
		rule("^(?:i|we)(?:'ve|\\s+have)?\\s+(?:just\\s+|recently\\s+|finally\\s+)?(?:had|welcomed)\\s+(?:a|our|my)\\s+(?:first\\s+|second\\s+|third\\s+|new\\s+|little\\s+|beautiful\\s+)*(?<b>baby\\s+)?"
				+ "(?<x>baby|boy|girl|son|daughter|twins|triplets)(?=\\s*$|\\s*[,.!;]|\\s+(?:so|and|but|last|in|on|this|a few|two|three|recently|yesterday|\\d)\\b)", (m, out) -> {
					String who = lower(m.group("x"));
					String said = (m.group("b") == null ? "" : "baby ") + who;
					out.accept(fact(PERSONAL, "family", "family_" + slug(singular(who)), "Has a new " + ("twins".equals(who) || "triplets".equals(who) ? "set of " + who : said),
							who, Map.of("relation", singular(who), "new", true), 0.75, false));
				});
		rule("(?:^|\\s)(?:my|our)\\s+(?:(?:two|little|young|baby|teenage|identical|grown-up|wee|toddler)\\s+)?(?<x>twins|triplets)\\b", (m, out) -> {
			String who = lower(m.group("x"));
			out.accept(fact(PERSONAL, "family", "family_" + who, "Has " + who, who, Map.of("relation", who), 0.7, false));
		});
		// Languages of a household: "bilingual french/english household here", "we speak Polish at home"
		rule("^(?:(?:we're|we are|we have)\\s+)?(?:an?\\s+)?(?:bilingual|trilingual)\\s+(?<x>\\p{L}+(?:\\s*(?:/|-|,|and|&)\\s*\\p{L}+)+)\\s+(?:household|family|home|house|kids|children)\\b", (m, out) -> {
			if (lower(m.group(0)).matches("^(?:we|a|an|bilingual|trilingual).*")) {
				languages(m.group("x").replace('-', '/'), out);
			}
		});
		rule("^we\\s+(?:mostly\\s+|mainly\\s+|only\\s+|all\\s+)?speak\\s+(?<x>\\p{L}+(?:\\s*(?:/|,|and|&)\\s*\\p{L}+)*)\\s+at\\s+home\\b", (m, out) -> languages(m.group("x"), out));
		// Nationality: "ik ben nederlands", "je suis française", "I'm Nigerian", "I'm half Irish"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:ik ben|ich bin|je suis|soy|sono|eu sou|jestem|jag är|" + I_AM + ")\\s+(?:half\\s+|proudly\\s+|originally\\s+)?(?<x>\\p{L}+(?:\\s+(?:lankan|zealander|african|rican)|-\\p{L}+)?)"
					+ "(?=\\s*$|\\s*[,.!;]|\\s+(?:and|but|so|by birth|originally|myself|too|btw|fyi|tbh|living|based|here|ma|mais|pero|aber|maar|et|und|y|e|en)\\b)", FLAGS).matcher(clause);
			if (!m.find()) {
				return;
			}
			String word = lower(m.group("x"));
			boolean english = lower(m.group(0)).matches("^(?:i'm|i am|im)\\b.*");
			String nationality = english ? (java.util.Arrays.stream(word.split("-")).allMatch(NATIONALITIES::contains) ? m.group("x").substring(0, 1).toUpperCase(Locale.ROOT) + m.group("x").substring(1) : null)
					: NATIVE_NATIONALITY.get(word);
			if (nationality != null) {
				out.accept(fact(PERSONAL, "origin", "nationality", "Is " + nationality + (english ? "" : " (" + word + ")"), nationality,
						Map.of("nationality", nationality), 0.75, true));
			}
		});
		// Names: "call me Jo" is also how to address them; "nobody calls me Joanna", "Jo is short for Joanna"
		Pattern callMe = compiled("^(?:(?:please|pls|just|you can|feel free to)\\s+)*(?:call me|i go by|everyone calls me|people call me|friends call me)\\s+(?<x>\\p{L}[\\p{L}'-]+)\\b", FLAGS);
		rules.add((clause, original, out) -> {
			Matcher m = callMe.matcher(clause);
			if (!m.find()) {
				return;
			}
			String x = m.group("x");
			boolean lowerCaseWriter = !compiled("\\p{Lu}").matcher(original.replaceAll("\\bI\\b", "").substring(1)).find();
			if (NOT_NAMES.contains(lower(x)) || CALL_ME_NOT_A_NAME.contains(lower(x)) || NOT_A_DAY_NAME.contains(lower(x)) || Lexicon.LANGUAGES.contains(lower(x))
					|| !Character.isUpperCase(x.charAt(0)) && !lowerCaseWriter || lower(x).matches("whenever|anytime|directly|first|asap|lazy|stupid|silly|weird|picky|paranoid|mad|naive|biased")) {
				return;
			}
			boolean goesBy = lower(m.group(0)).contains("go by");
			if (goesBy && !Character.isUpperCase(x.charAt(0))) {
				return; // "I go by bus"
			}
			String name = capitalise(x);
			out.accept(fact(COMMUNICATION, "address", "preferred_name", "Prefers to be called " + name, name, Map.of("preferred_name", name), 0.8, true));
			if (goesBy) {
				name(name, 0.75, out);
			}
		});
		rule("(?:^|,\\s*|\\s)(?:(?:nobody|no one|noone|no-one)\\s+(?:calls me|uses)|short for|my full name is|my real name is|my legal name is|my proper name is|full name's|full name is)\\s+(?<x>(?-i:\\p{Lu}\\p{Ll}+))(?=\\s*$|\\s*[,.!;)]|\\s+(?:except|but|apart|unless|other than|besides|btw|and|though|tbh)\\b)", (m, out) -> {
			String x = m.group("x");
			if (!NOT_NAMES.contains(lower(x)) && !NOT_A_DAY_NAME.contains(lower(x)) && !Lexicon.LANGUAGES.contains(lower(x))) {
				out.accept(fact(PERSONAL, "name", "full_name", "Full name is " + x, x, Map.of("full_name", x), 0.7, true));
			}
		});
		// Jobs: "just got promoted to head chef", "newly qualified as a midwife", "been a pharmacist 12 years",
		// "I manage a team of 12 engineers at Siemens"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?<i>i\\s+|i've\\s+|ive\\s+|i have\\s+)?(?:just\\s+|finally\\s+|recently\\s+|newly\\s+|officially\\s+)?(?:got\\s+|been\\s+|was\\s+|have been\\s+|am\\s+|'m\\s+|now\\s+)?"
					+ "(?:promoted\\s+to|qualified\\s+as|certified\\s+as|started\\s+as|(?:got|landed|started|accepted)\\s+(?:a|my|the)\\s+(?:new\\s+|first\\s+)?job\\s+as)\\s+(?:an?\\s+|the\\s+)?(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,5})", FLAGS).matcher(clause);
			if (!m.find() || m.group("i") == null && !opensSentence(clause, original)) {
				return;
			}
			occupationAtStart(m.group("x"), 0.75, out);
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?<i>i've\\s+|ive\\s+|i have\\s+)?been\\s+(?:an?\\s+)(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)\\s+(?:for\\s+)?(?:over\\s+|about\\s+|almost\\s+|nearly\\s+|like\\s+|more than\\s+)?"
					+ "(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|a few|several|many)\\s+(?:years?|yrs?|decades?)\\b", FLAGS).matcher(clause);
			if (!m.find() || m.group("i") == null && !opensSentence(clause, original)
					|| compiled("\\b(?:before|until|till|retired|retiring|quit|left|used to|ago|former(?:ly)?|was|then)\\b", FLAGS).matcher(original).find()) {
				return;
			}
			occupationAtStart(m.group("x"), 0.75, out);
		});
		rule("^i\\s+(?:manage|lead|run|head(?:\\s+up)?|oversee|supervise)\\s+(?:a|the|our|my)\\s+(?<w>[\\p{L}0-9 -]{2,40}?)\\s+(?:at|for)\\s+(?<o>\\p{Lu}[\\p{L}&'.-]*(?:\\s+\\p{Lu}[\\p{L}&'.-]*)*)", (m, out) -> {
			String company = properNoun(m.group("o"));
			String what = lower(m.group("w")).strip();
			if (company == null || NOT_A_PLACE.contains(lower(company)) || NOT_A_DAY_NAME.contains(lower(company)) || !what.matches("(?:\\S+\\s+)*(?:team|department|unit|group|crew|division|office|branch|shop|store|site|squad|function)(?:\\s+of\\s+.+)?")) {
				return;
			}
			out.accept(fact(PROFESSIONAL, "company", "company", "Works at " + company + " (manages a " + what + ")", company,
					Map.of("company", company, "role", "manages a " + what), 0.8, true));
		});
		// Budgets: "no more than 30 quid a week on groceries", "i can't go over £40 a month", "need binoculars under 200 quid"
		rules.add((clause, original, out) -> {
			// "no more than 30 quid a week on groceries": the "no" has gone with the sentence's opening words
			Matcher m = compiled("^more than\\s+(?<x>" + MONEY + PER_PERIOD + ")(?:\\s+(?:on|for|in)\\s+(?!(?:my|his|her|their|your)\\b)[\\p{L} ]{2,30}?)?(?:\\s+(?:please|pls|plz|ideally|max|tops))?$", FLAGS).matcher(clause);
			if (m.find() && lower(original.strip()).matches("^(?:no|not)\\s+more than\\b.*") && opensSentence(clause, original) && !ONE_OFF.matcher(original).find()) {
				budget(m.group("x"), out);
			}
		});
		fragment("^(?:no more than|not more than|nothing over|nothing above|nothing more than|under|below|max(?:imum)?|up to|less than|at most)\\s+(?<x>" + MONEY + PER_PERIOD + ")"
				+ "(?:\\s+(?:on|for|in)\\s+(?!(?:my|his|her|their|your)\\b)[\\p{L} ]{2,30}?)?(?:\\s+(?:please|pls|plz|ideally|if possible|max|tops))?$", (m, out) -> budget(m.group("x"), out));
		rule("^(?:i|we)\\s+(?:really\\s+)?(?:can't|cannot|can not|won't|don't want to|shouldn't|do not want to)\\s+(?:really\\s+)?(?:go|spend|pay|stretch|do|exceed)\\s+(?:much\\s+)?(?:over|above|beyond|past|more than|anything over|anything above|to more than)?\\s*(?<x>"
				+ MONEY + PER_PERIOD + ")", (m, out) -> budget(m.group("x"), out));
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*)(?:i\\s+|we\\s+)?(?:need|want|looking for|after|searching for|shopping for)\\s+(?:an?\\s+|some\\s+|new\\s+|the\\s+)?[\\p{L} -]{2,30}?\\s+"
					+ "(?:under|below|for under|for less than|less than|no more than|up to)\\s+(?<x>" + MONEY + PER_PERIOD + ")", FLAGS).matcher(clause);
			String start = LEADING.matcher(original.strip()).replaceFirst("");
			if (m.find() && !OTHER_SUBJECT.matcher(start).find() && !SOMEONE_ELSE.matcher(clause.substring(0, m.start("x"))).find()) {
				budget(m.group("x"), out);
			}
		});
		rules.add((clause, original, out) -> {
			if (TIGHT_MONEY.matcher(clause).find() && opensSentence(clause, original) && !NOT_DURABLE_MONEY.matcher(original).find()) {
				out.accept(fact(CONSTRAINTS, "budget", "budget", "Is on a tight budget", "tight budget", Map.of("budget", "tight"), 0.75, true));
			}
		});
		// Diets and conditions: "on a low sodium diet", "3 years sober", "Pescatarian." alone, "halal only please",
		// "no dairy for me please, lactose intolerant", "i'm a Hindu so no beef", "flat feet"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?<i>" + I_AM + "|we're|we are|i've been|ive been|i have been)\\s+|(?<f>(?:i|we)\\s+(?:follow|keep to|stick to|eat)\\s+))?(?:(?:also|currently|now|still|strictly)\\s+)?(?:on\\s+)?(?:a|an)\\s+"
					+ "(?:strict\\s+|very\\s+|medically supervised\\s+|doctor-prescribed\\s+)?(?<x>" + DIET_KINDS + ")\\s+diet\\b", FLAGS).matcher(clause);
			if (!m.find() || ONE_OFF.matcher(original).find()) {
				return;
			}
			if (m.group("i") == null && m.group("f") == null && (!lower(m.group(0)).startsWith("on ") || !opensSentence(clause, original))) {
				return;
			}
			String kind = lower(m.group("x")).replace('-', ' ');
			out.accept(fact(CONSTRAINTS, "diet", "diet_" + slug(kind), "Is on a " + kind + " diet", kind + " diet", Map.of("diet", kind + " diet"), 0.8, false));
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:" + I_AM + "|i've been|ive been|been)\\s+)?(?<n>\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|many)\\s+(?:years?|yrs?|months?|weeks?)\\s+sober(?=\\s*$|\\s*[,.!;]|\\s+(?:so|and|now|today|this|btw|here|myself|too)\\b)"
					+ "|^(?:" + I_AM + "|i've been|ive been|been)\\s+(?:stone[- ]cold\\s+|completely\\s+)?sober\\s+(?:for|since)\\b|^(?:" + I_AM + ")\\s+(?:a\\s+)?(?:recovering alcoholic|in recovery)\\b"
					+ "|^(?:i|we)\\s+(?:don't|do not|no longer)\\s+drink(?=\\s*$|\\s*[,.!;]|\\s+(?:so|anymore|any more|at all|alcohol|booze)\\b)", FLAGS).matcher(clause);
			if (!m.find() || !lower(m.group(0)).matches("^(?:i|we)\\b.*") && !opensSentence(clause, original)) {
				return;
			}
			String said = lower(m.group(0)).strip();
			out.accept(fact(CONSTRAINTS, "diet", "avoids_alcohol", "Does not drink alcohol (" + said + ")", "alcohol", Map.of("avoids", "alcohol"), 0.8, false));
		});
		Pattern dietAlone = compiled("^(?:strict|strictly|mostly|fully|full|lifelong)?\\s*(?<x>" + DIETS + ")(?:\\s+(?:here|too|myself|btw|fyi|tbh|now|by the way))?$", FLAGS);
		rules.add((clause, original, out) -> {
			String whole = LEADING.matcher(original.strip()).replaceFirst("").replaceAll("[.!…]+$", "").strip();
			Matcher m = dietAlone.matcher(whole);
			if (original.strip().matches("(?s).*[.…]$") && m.find() && whole.equalsIgnoreCase(clause.replaceAll("[.!…]+$", "").strip())) {
				diet(m.group("x"), 0.75, out);
			}
		});
		fragment("^(?:strictly\\s+|only\\s+)?(?<x>" + DIETS + ")(?:\\s+(?:food|meat|meals|options|dishes|products))?\\s+only(?=\\s*$|\\s*[,.!;—–-]|\\s+(?:please|pls|plz|for me|thanks|thank you|at home)\\b)|^(?:strictly|only)\\s+(?<y>" + DIETS + ")(?:\\s+(?:food|meat|meals|options))?(?:\\s+(?:please|pls|plz|for me))?$",
				(m, out) -> diet(m.group("x") != null ? m.group("x") : m.group("y"), 0.75, out));
		rules.add((clause, original, out) -> {
			// a condition after a request about food: "no dairy for me please, lactose intolerant", "skip the bread, coeliac"
			String start = LEADING.matcher(original.strip()).replaceFirst("");
			Matcher m = compiled(",\\s*(?:(?:i'm|im|i am)\\s+)?(?:severely\\s+|very\\s+|really\\s+)?(?:(?<t>lactose|gluten|fructose|histamine|caffeine|alcohol)[- ]intolerant|(?<c>coeliac|celiac|diabetic|t1d|t2d))[.!…\\s]*$", FLAGS).matcher(start);
			if (!m.find() || OTHER_SUBJECT.matcher(start).find() || SOMEONE_ELSE.matcher(start).find()) {
				return;
			}
			if (m.group("t") != null) {
				String item = lower(m.group("t"));
				out.accept(fact(CONSTRAINTS, "intolerance", "intolerance_" + item, "Is " + item + " intolerant", item, Map.of("intolerance", item), 0.8, false));
			}
			else {
				condition(m.group("c"), out);
			}
		});
		rules.add((clause, original, out) -> {
			// a faith that rules out a food: "i'm a Hindu so no beef products please", "Muslim here, no pork"
			Matcher m = compiled("^(?:(?:" + I_AM + "|we're|we are)\\s+(?:an?\\s+)?(?:practising\\s+|practicing\\s+|devout\\s+|observant\\s+)?)?(?<r>" + RELIGIONS + ")(?:\\s+here|\\s+household|\\s+family)?\\s*,?\\s+(?:so\\s+)?(?:please\\s+)?no\\s+(?<f>" + FOODS + ")\\b", FLAGS)
					.matcher(LEADING.matcher(original.strip()).replaceFirst(""));
			if (m.find() && (lower(m.group(0)).matches("^(?:i|we).*") || opensSentence(clause, original))) {
				String food = lower(m.group("f"));
				out.accept(fact(CONSTRAINTS, "diet", "avoids_" + slug(food), "Does not eat " + food + " (" + lower(m.group("r")) + ")", food,
						Map.of("avoids", food, "reason", lower(m.group("r"))), 0.8, false));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?<i>i\\s+have|i've\\s+got|ive\\s+got|i\\s+have\\s+got|i\\s+suffer\\s+(?:from|with)|i\\s+live\\s+with|i\\s+get)|got|suffer\\s+(?:from|with))?\\s*(?<x>" + BODY_CONDITIONS + ")(?=\\s*$|\\s*[,.!;]|\\s+(?:so|and|but|here|which|too)\\b)", FLAGS).matcher(clause);
			if (!m.find() || ONE_OFF.matcher(original).find() || m.group("i") == null && !opensSentence(clause, original)) {
				return;
			}
			String what = lower(m.group("x")).replaceFirst("^a\\s+", "");
			// said with its article ("Has a bad back"), as the other readings of it say it, so they are one fact
			out.accept(fact(CONSTRAINTS, "health", "health_" + slug(what), "Has " + lower(m.group("x")), what, Map.of("condition", what), 0.75, false));
		});
		// Contact: "Message me on WhatsApp", "send me the tracking by sms", "don't send me push notifications",
		// "I'm more of a voice note person", "please talk to me casually", "prefiero que me hablen en español"
		rule("^(?:(?:please|pls|plz|just|only|kindly)\\s+)*(?:message|text|ping|dm|contact|reach|email|e-mail|call|ring)\\s+me\\s+(?:only\\s+)?(?:on|via|over|through|thru|by)\\s+(?<x>" + CHANNEL_APPS + "|sms|text|email|e-mail)\\b",
				(m, out) -> channel(m.group("x"), out));
		rule("^(?:(?:please|pls|plz|just|kindly)\\s+)*send\\s+(?:me\\s+|it\\s+|them\\s+|everything\\s+|updates\\s+)?(?:(?:the|my|any|all|your)\\s+[\\p{L} -]{1,30}?\\s+)?(?:by|via|over|through|as)\\s+(?:an?\\s+)?(?<x>sms|text message|texts?|email|e-mail|whatsapp|telegram|signal)\\b",
				(m, out) -> channel(m.group("x").replaceFirst("(?i)^text message$", "text"), out));
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:please\\s+|pls\\s+|plz\\s+|kindly\\s+)?(?:(?:don't|do not|never|stop|turn off|switch off|disable|mute)\\s+(?:send(?:ing)?\\s+(?:me\\s+)?)?|no\\s+more\\s+)(?:any\\s+(?:more\\s+)?|more\\s+|so many\\s+|all (?:these|the|those)\\s+|the\\s+)?"
					+ "(?<x>push notifications?|notifications?|push alerts?|marketing emails?|promo(?:tional)? emails?|newsletters?|promotional texts?|marketing texts?|sms alerts?|reminder texts?|marketing calls?)\\b"
					+ "|^(?:please\\s+)?no\\s+(?<y>push notifications?|notifications|marketing emails|newsletters|marketing texts|marketing calls)(?=\\s*$|\\s*[,.!]|\\s+(?:please|pls|plz|thanks|thank you|for me|ever)\\b)", FLAGS).matcher(clause);
			if (m.find()) {
				String what = lower(m.group("x") != null ? m.group("x") : m.group("y")).replaceFirst("s$", "") + "s";
				out.accept(fact(COMMUNICATION, "contact_channel", "avoid_" + slug(what), "Does not want " + what, what, Map.of("avoid", what), 0.75, false, -1));
			}
		});
		rule("^" + I_AM + "\\s+(?:more of\\s+|much more of\\s+|definitely\\s+|really\\s+|very much\\s+|totally\\s+|more\\s+)?an?\\s+(?<x>voice[- ]note|voice[- ]message|voice|phone|phone call|email|e-mail|text|texting|call|whatsapp|in-person|face-to-face|video call)\\s+(?:person|guy|girl|kind of (?:person|guy|girl))\\b",
				(m, out) -> channel(lower(m.group("x")).replace('-', ' ').replaceFirst("^voice$", "voice note").replaceFirst("^(?:phone call|call)$", "phone").replaceFirst("^texting$", "text"), out));
		rule("^" + I_AM + "\\s+not\\s+(?:really\\s+|much of\\s+)?an?\\s+(?:phone|phone call|call|calls)\\s+(?:person|guy|girl)\\b", (m, out) -> out.accept(fact(COMMUNICATION,
				"contact_channel", "avoid_phone_calls", "Prefers not to be phoned", "phone calls", Map.of("avoid", "phone calls"), 0.7, false, -1)));
		rule("^(?:(?:please|pls|plz|just|kindly)\\s+)*(?:talk|speak|write|chat|reply|respond)\\s+(?:to\\s+me\\s+|with\\s+me\\s+)?(?:more\\s+|a bit more\\s+|a little more\\s+)?"
				+ "(?<x>casually|informally|formally|politely|plainly|normally|like a (?:friend|human|normal person|mate|person))\\b", (m, out) -> {
					String how = lower(m.group("x"));
					String tone = how.matches("casually|informally|normally|like a .*") ? "casual" : how.equals("formally") || how.equals("politely") ? "formal" : "plain";
					out.accept(fact(COMMUNICATION, "tone", "tone", "Prefers a " + tone + " tone (" + how + ")", tone, Map.of("tone", tone), 0.75, true));
				});
		rules.add((clause, original, out) -> {
			Matcher language = IN_NATIVE_LANGUAGE.matcher(clause);
			if (language.find() && NATIVE_REQUEST.matcher(clause).find() && !clause.strip().endsWith("?")) {
				String said = lower(language.group("x"));
				String name = NATIVE_LANGUAGE_NAMES.get(said);
				out.accept(fact(COMMUNICATION, "reply_language", "reply_language", "Wants replies in " + name + " (" + said + ")", name,
						Map.of("language", name), 0.8, true));
			}
		});
	}

	/** Fields said as "I'm in sales": a closed list, so "I'm in trouble" and "I'm in the office" are none. */
	private static final String FIELDS = "IT|HR|NHS|the NHS|sales|marketing|finance|accounting|accounts|tech|retail|hospitality|healthcare|construction|insurance|banking|education|logistics"
			+ "|publishing|advertising|recruitment|real estate|property|pharma|consulting|engineering|law|journalism|manufacturing|telecoms|government|the civil service|the nhs|nursing|teaching|academia|research|software|fintech|aviation";
	private static final String MEDICATION = "insulin|blood thinners|warfarin|chemo|chemotherapy|dialysis|antidepressants|methotrexate|immunosuppressants|steroids|beta blockers|hrt";

	/** More of the fourth round's people forms: fields, allergies and foods that disagree, stairs, medication, budgets kept under, pronouns, tone. */
	private void roundFourPeople2() {
		rule("^(?:" + I_AM + "|iam)\\s+(?:now\\s+|currently\\s+|still\\s+)?in\\s+(?<x>(?-i:" + FIELDS + "))(?=\\s*$|\\s*[,.!;]|\\s+(?:so|and|but|myself|too|for|at|by trade|now)\\b)", (m, out) -> {
			String x = m.group("x");
			String field = x.matches("(?i)it|hr|nhs") ? x.toUpperCase(Locale.ROOT) : lower(x);
			out.accept(fact(PROFESSIONAL, "industry", "industry", "Works in " + field, field, Map.of("industry", field), 0.7, true));
		});
		// Allergies and foods that disagree: "severe nut allergy here", "dairy makes me ill", "garlic doesn't agree with me"
		fragment("^(?:(?:an?\\s+)?(?:severe|bad|serious|mild|life-threatening|anaphylactic|deadly)\\s+)?(?<x>(?!(?:an?|the|my|his|her|their|our|your|no|any)\\b)[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+allergy(?:\\s+(?:here|sufferer))?(?=\\s*$|\\s*[,.!;]|\\s+(?:so|and|but)\\b)", (m, out) -> {
			String item = lower(m.group("x"));
			if (!isJunk(item) && !item.matches("(?:.*\\s)?(?:food|seasonal|hay|skin|drug|medicine)")) {
				out.accept(fact(CONSTRAINTS, "allergy", "allergy_" + slug(item), allergySaid(item), item, Map.of("allergen", item), 0.85, false));
			}
		});
		rule("^(?<x>" + FOODS + ")\\s+(?:makes|make|gives|give)\\s+me\\s+(?:really\\s+|so\\s+|very\\s+)?(?:ill|sick|poorly|bloated|a migraine|migraines|hives|a rash|heartburn|cramps|a headache)\\b"
				+ "|^(?<y>" + FOODS + ")\\s+(?:doesn't|does not|don't|do not)\\s+agree\\s+with\\s+me\\b", (m, out) -> {
					String item = lower(m.group("x") != null ? m.group("x") : m.group("y"));
					out.accept(fact(CONSTRAINTS, "dietary_restriction", "cannot_eat_" + slug(item), "Cannot eat " + item + " (it makes them ill)", item, Map.of("food", item), 0.8, false));
				});
		// Mobility and medication: "I can't do stairs", "stairs are hard for me", "I'm on insulin"
		rule("^i\\s+(?:really\\s+)?(?:can't|cannot|can not|struggle to|struggle with|can no longer|am unable to|'m unable to)\\s+(?:do|manage|climb|use|walk up|get up)?\\s*(?:the\\s+|any\\s+|many\\s+|a lot of\\s+)?stairs\\b"
				+ "|^stairs\\s+(?:are|is)\\s+(?:really\\s+|very\\s+|quite\\s+|a bit\\s+)?(?:hard|difficult|impossible|tough|a struggle|a problem)\\s+for\\s+me\\b", (m, out) -> out.accept(fact(CONSTRAINTS,
				"accessibility", "accessibility_stairs", "Cannot manage stairs", "stairs", Map.of("constraint", "no stairs"), 0.8, false)));
		rule("^(?:" + I_AM + "|i've been|ive been)\\s+(?:now\\s+|currently\\s+|still\\s+)?on\\s+(?<x>" + MEDICATION + ")(?=\\s*$|\\s*[,.!;]|\\s+(?:so|and|but|now|for|since|daily|twice|every|too|as well|which|injections|tablets)\\b)", (m, out) -> {
			if (NOT_A_ROUTINE.matcher(m.group(0)).find() || ONE_OFF.matcher(m.group(0)).find()) {
				return;
			}
			String what = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "health", "health_" + slug(what), "Is on " + what, what, Map.of("medication", what), 0.75, false));
		});
		// Budgets: "please keep it under $200", "£50 is all I can spend", "I've got about £300 to spend"
		rule("^(?:please\\s+|i'd like to\\s+|i would like to\\s+|i want to\\s+|i need to\\s+|i'd rather\\s+|i'm trying to\\s+|trying to\\s+|try to\\s+)?(?:keep\\s+(?:it|things|the cost|the price|the total|the whole thing|costs)\\s+(?:under|below|to|within|around|about|at)|stay\\s+(?:under|below|within))\\s+(?<x>" + MONEY + PER_PERIOD + ")", (m, out) -> budget(m.group("x"), out));
		Pattern allICanSpend = compiled("^(?:about\\s+|around\\s+|roughly\\s+)?(?<x>" + MONEY + PER_PERIOD + ")\\s+is\\s+(?:all|the most|as much as)\\s+(?:i|we)\\s+(?:can|could)\\s+(?:spend|afford|pay|stretch to|do)\\b", FLAGS);
		rules.add((clause, original, out) -> {
			Matcher m = allICanSpend.matcher(LEADING.matcher(original.strip()).replaceFirst("")); // "£60 is all | I can spend" is cut before its "I"
			if (m.find() && opensSentence(clause, original)) {
				budget(m.group("x"), out);
			}
		});
		rule("^(?:i|we)(?:'ve| have)?\\s+(?:got|only got|only have|have)\\s+(?:about\\s+|around\\s+|roughly\\s+|up to\\s+|max\\s+)?(?<x>" + MONEY + PER_PERIOD + ")\\s+to\\s+(?:spend|play with)\\b", (m, out) -> budget(m.group("x"), out));
		// Pronouns and forms of address: "my pronouns are they/them", "she/her pls", "please address me as Dr Okafor"
		rules.add((clause, original, out) -> {
			String start = LEADING.matcher(original.strip()).replaceFirst(""); // "pronouns: they/them" is cut at its colon
			Matcher m = compiled("(?:^|\\b(?:my\\s+)?pronouns\\s*(?:are|:)?\\s*|\\buse\\s+)(?<x>she/her|he/him|they/them|she/they|he/they|they/she|they/he|xe/xem|ze/zir|it/its)(?:\\s+pronouns)?\\b", FLAGS).matcher(start);
			if (!m.find() || !(lower(m.group(0)).contains("pronoun") || m.start("x") == 0)) {
				m = compiled("^(?:(?:you can |please |just )?call me|i'm|i am|im|my name is|my name's|name's|this is|it's)\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?\\s*[,(]\\s*(?<x>she/her|he/him|they/them|she/they|he/they|they/she|they/he|xe/xem|ze/zir)\\b", FLAGS).matcher(start);
				if (!m.find()) {
					return; // a name with pronouns after it: "You can call me Sam, she/her"
				}
			}
			if (!OTHER_SUBJECT.matcher(compiled("^\\s*(?:my\\s+pronouns\\b|pronouns\\b|you can\\s+)", FLAGS).matcher(start.substring(0, m.start("x")) + start.substring(m.end("x"))).replaceFirst("")).find()
					&& !compiled("^(?:my|his|her|their|our)\\s+(?!pronouns)", FLAGS).matcher(start).find()) {
				String pronouns = lower(m.group("x"));
				// who they are, like a name: both outside writers who met pronouns file them as personal
				out.accept(fact(PERSONAL, "identity", "pronouns", "Uses " + pronouns + " pronouns", pronouns, Map.of("pronouns", pronouns), 0.85, true));
			}
		});
		rule("^(?:(?:please|pls|kindly)\\s+)?(?:address me as|refer to me as|call me by)\\s+(?<x>(?:(?:dr|mr|mrs|ms|mx|prof|professor|miss|sir|madam)\\.?\\s+)?\\p{L}[\\p{L}'-]+)", (m, out) -> {
			String x = m.group("x").strip();
			if (x.matches("(?i)(?:my|the|a|an|first|last|full|surname)\\b.*") || CALL_ME_NOT_A_NAME.contains(lower(x))) {
				return;
			}
			out.accept(fact(COMMUNICATION, "address", "preferred_name", "Prefers to be called " + x, x, Map.of("preferred_name", x), 0.8, true));
		});
		// Tone: "don't sugarcoat it", "give it to me straight", "you can be informal with me", "drop the formalities"
		rule("^(?:please\\s+|just\\s+)*(?:don't|do not|no need to)\\s+sugar-?coat(?:\\s+(?:it|things|anything|this|that|the truth|the answer|the news))?(?=\\s*$|\\s*[,.!;]|\\s+(?:please|pls|for me|with me)\\b)|^(?:please\\s+|just\\s+)*give\\s+it\\s+to\\s+me\\s+straight\\b", (m, out) -> out.accept(fact(COMMUNICATION,
				"tone", "tone", "Wants a direct tone (no sugarcoating)", "direct", Map.of("tone", "direct"), 0.75, true)));
		rule("^(?:you can|feel free to|it's fine to|it's ok to|happy for you to)\\s+(?:be|talk|keep it)\\s+(?:more\\s+)?(?<x>casual|informal|relaxed|chatty)(?:\\s+with\\s+me\\b|\\s*$)|^(?:please\\s+)?(?:drop|skip|forget)\\s+the\\s+formalities\\b", (m, out) -> out.accept(fact(COMMUNICATION,
				"tone", "tone", "Prefers a casual tone", "casual", Map.of("tone", "casual"), 0.7, true)));
		rule("(?:^|,\\s*)(?<x>voice notes?|voice messages?|video calls?|facetime|zoom calls?)\\s+(?:work|works|are|is)\\s+(?:so\\s+)?(?:much\\s+|way\\s+|a lot\\s+)?(?:best|better|easiest|easier)\\b(?:\\s+for\\s+me)?", (m, out) -> channel(m.group("x"), out));
	}

	/** People from a city by its demonym: "a Londoner born and bred". */
	private static final Map<String, String> DEMONYMS = Map.ofEntries(Map.entry("londoner", "London"), Map.entry("new yorker", "New York"),
			Map.entry("berliner", "Berlin"), Map.entry("parisian", "Paris"), Map.entry("mancunian", "Manchester"), Map.entry("glaswegian", "Glasgow"),
			Map.entry("scouser", "Liverpool"), Map.entry("liverpudlian", "Liverpool"), Map.entry("geordie", "Newcastle"), Map.entry("dubliner", "Dublin"),
			Map.entry("torontonian", "Toronto"), Map.entry("edinburgher", "Edinburgh"), Map.entry("brummie", "Birmingham"), Map.entry("madrileño", "Madrid"),
			Map.entry("angeleno", "Los Angeles"), Map.entry("chicagoan", "Chicago"), Map.entry("bostonian", "Boston"), Map.entry("melburnian", "Melbourne"),
			Map.entry("sydneysider", "Sydney"), Map.entry("aucklander", "Auckland"));
	/** A sentence that opens with "no ...": the opening words stripped from the clause take its "no" with them. */
	private static final Pattern OPENING_NO = Pattern.compile("^(?:(?:hi|hey|hello|ok|okay|so|also|and|oh|btw|but)[,!.]?\\s+)*(?:please\\s+|pls\\s+|plz\\s+)?no\\s+(?:more\\s+)?"
			+ "(?<x>emojis?|emoticons|gifs|phone calls?|calls|cold calls|push notifications?|notifications|marketing emails|newsletters?|marketing texts|marketing calls|voice ?mails?|voicemails?)"
			+ "(?=\\s*$|\\s*[,.!]|\\s+(?:please|pls|plz|thanks|thank you|for me|ever|at all)\\b)", FLAGS);

	/** A third set of the fourth round's people forms, from how strangers say who they are in one line. */
	private void roundFourPeople3() {
		// More ways to say who they are and how to reach them: "my job is in logistics", "student on a budget", "email
		// please", "send everything in writing", "I'd rather you texted", "more comfortable in Spanish", "on the autism
		// spectrum", "I don't have a car"
		rule("^my\\s+(?:job|work|career|background)\\s+is\\s+in\\s+(?<x>\\p{L}[\\p{L} -]{1,30}?)(?=\\s*$|\\s*[,.!;]|\\s+(?:so|and|but|now)\\b)", (m, out) -> {
			String field = phrase(m.group("x"));
			if (field != null && !isJunk(field) && words(field) <= 3 && !field.matches("(?i)^(?:a|an|the|my|our)\\b.*")) {
				out.accept(fact(PROFESSIONAL, "industry", "industry", "Works in " + lower(field), lower(field), Map.of("industry", lower(field)), 0.75, true));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?<i>" + I_AM + "|we're|we are)\\s+|(?:an?\\s+)?(?:[\\p{L}-]+\\s+){1,3}?)(?:living\\s+)?on\\s+a\\s+(?:shoestring\\s+)?budget\\b(?!\\s+(?:of|for|plan|airline|hotel|option))", FLAGS).matcher(clause);
			if (m.find() && (m.group("i") != null || opensSentence(clause, original) && !OTHER_SUBJECT.matcher(clause).find()) && !NOT_DURABLE_MONEY.matcher(original).find()) {
				out.accept(fact(CONSTRAINTS, "budget", "budget", "Is on a tight budget", "tight budget", Map.of("budget", "tight"), 0.7, true));
			}
		});
		rule("(?:^|,\\s*)(?:by\\s+|via\\s+|through\\s+)?(?<x>email|e-mail|text|texts|sms|whatsapp|telegram|signal|post)\\s+(?:please|pls|plz|preferably|preferred|is preferred)\\s*$", (m, out) -> channel(m.group("x"), out));
		rule("^(?:please\\s+|pls\\s+|kindly\\s+)*(?:send|put|give)\\s+(?:me\\s+)?(?:everything|it|things|all of it|the details|details|that|this|any changes|changes)\\s+(?:to me\\s+)?in\\s+writing\\b", (m, out) -> channel("in writing", out));
		rule("^i(?:'d| would)\\s+(?:much\\s+)?rather\\s+you\\s+(?<x>texted|emailed|messaged|whatsapped|wrote|called|rang|phoned)\\b", (m, out) -> {
			String x = lower(m.group("x"));
			channel(switch (x) {
				case "texted", "messaged" -> "text";
				case "emailed", "wrote" -> "email";
				case "whatsapped" -> "whatsapp";
				default -> "phone";
			}, out);
		});
		rule("^" + I_AM + "\\s+(?:much\\s+|far\\s+|a lot\\s+)?(?:more\\s+)?(?:comfortable|at ease|confident|happier)\\s+(?:in|with|speaking|writing)\\s+(?<x>\\p{L}+)\\b", (m, out) -> {
			String language = lower(m.group("x"));
			if (Lexicon.LANGUAGES.contains(language)) {
				out.accept(fact(COMMUNICATION, "reply_language", "reply_language", "Wants replies in " + capitalise(language) + " (more comfortable in it)", capitalise(language),
						Map.of("language", capitalise(language)), 0.75, true));
			}
		});
		rule("^(?:" + I_AM + "\\s+)?on\\s+the\\s+(?:autism|autistic|adhd)\\s+spectrum\\b", (m, out) -> condition("autism", out));
		rule("^(?:i|we)\\s+(?:don't|do not|no longer)\\s+(?:have|own|drive)\\s+a\\s+car(?=\\s*$|\\s*[,.!;]|\\s+(?:so|and|but|anymore|any more|at all|myself|either)\\b)", (m, out) -> out.accept(fact(CONSTRAINTS,
				"mobility", "no_car", "Does not have a car", "car", Map.of("constraint", "no car"), 0.75, false)));
		// Said by people writing English as a second language or in a hurry: "I am coming from
		// Norway", "I work for myself as a plumber", "I grew up speaking Tagalog", "formal please", "... so budget is tight"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:" + I_AM + ")\\s+coming\\s+from\\s+(?<x>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)(?=\\s*$|\\s*[,.!;]|\\s+(?:and|but|so|originally)\\b)", FLAGS).matcher(clause);
			if (m.find() && !compiled("\\b(?:today|tomorrow|tonight|next|this|flight|train|trip|visit|to)\\b", FLAGS).matcher(original.substring(original.toLowerCase(Locale.ROOT).indexOf("coming"))).find()) {
				String place = properNoun(m.group("x"));
				if (place != null && !NOT_A_PLACE.contains(lower(place))) {
					out.accept(fact(PERSONAL, "origin", "origin", "Is from " + place, place, Map.of("place", place), 0.7, true));
				}
			}
		});
		rule("^i\\s+(?:now\\s+)?work\\s+for\\s+myself\\b(?:\\s+as\\s+(?:an?\\s+)?(?<x>[\\p{L} -]{2,40}))?", (m, out) -> {
			out.accept(fact(PROFESSIONAL, "employment", "employment_status", "Is self-employed", "self-employed", Map.of("status", "self-employed"), 0.8, true));
			if (m.group("x") != null) {
				job(m.group("x"), 0.8, true, out);
			}
		});
		rule("^(?:i\\s+)?(?:grew up|was raised|was brought up)\\s+speaking\\s+(?<x>\\p{L}+(?:\\s*(?:,|and|&|/)\\s*\\p{L}+)*)", (m, out) -> languages(m.group("x"), out));
		fragment("^(?<x>formal|informal|casual)(?:\\s+(?:tone|language|replies|answers))?\\s+(?:please|pls|plz|preferred|is best|is better)$", (m, out) -> {
			String tone = lower(m.group("x"));
			out.accept(fact(COMMUNICATION, "tone", "tone", "Prefers a " + tone + " tone", tone, Map.of("tone", tone), 0.7, true));
		});
		rules.add((clause, original, out) -> {
			String start = LEADING.matcher(original.strip()).replaceFirst("");
			Matcher m = compiled("(?:,\\s*|\\s+(?:and|so|but)\\s+)(?:my\\s+|our\\s+|the\\s+)?(?:budget|money|cash)(?:'s|\\s+is)\\s+(?:always\\s+|a bit\\s+|really\\s+|very\\s+|pretty\\s+|super\\s+)*tight\\b", FLAGS).matcher(start);
			if (m.find() && WRITER_OPENS.matcher(start).find() && !SOMEONE_ELSE.matcher(start.substring(0, m.start())).find() && !NOT_DURABLE_MONEY.matcher(original).find()) {
				out.accept(fact(CONSTRAINTS, "budget", "budget", "Is on a tight budget", "tight budget", Map.of("budget", "tight"), 0.75, true));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = OPENING_NO.matcher(original.strip());
			if (!m.find() || !opensSentence(clause, original)) {
				return;
			}
			String x = lower(m.group("x"));
			if (x.matches("emojis?|emoticons|gifs")) {
				out.accept(fact(COMMUNICATION, "format", "format_no_emoji", "Prefers no emojis", "no emojis", Map.of("format", "no emojis"), 0.7, false));
			}
			else if (x.matches("phone calls?|calls|cold calls")) {
				if (!compiled("\\b(?:better|best|easier|easiest|prefer|rather|instead|only|works)\\b|\\b(?:before|after|until)\\s+(?:\\d|noon\\b|midday\\b|midnight\\b|lunch(?:time)?\\b)", FLAGS).matcher(original).find() && !namesAnotherChannel(original)) {
					out.accept(fact(COMMUNICATION, "contact_channel", "avoid_phone_calls", "Prefers not to be phoned", "phone calls", Map.of("avoid", "phone calls"), 0.7, false, -1));
				}
			}
			else {
				String what = x.replaceFirst("s$", "") + "s";
				out.accept(fact(COMMUNICATION, "contact_channel", "avoid_" + slug(what), "Does not want " + what, what, Map.of("avoid", what), 0.75, false, -1));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:" + I_AM + "\\s+)?(?:an?\\s+)?(?:proud\\s+|true\\s+|born and bred\\s+|real\\s+|proper\\s+)?(?<x>" + String.join("|", DEMONYMS.keySet()) + ")\\b(?!\\s+(?:restaurant|bar|pub|cafe|café|newspaper|paper|pizza|style|food|candle))", FLAGS).matcher(clause);
			if (m.find() && (lower(m.group(0)).matches("^(?:i|im)\\b.*") || opensSentence(clause, original))) {
				String place = DEMONYMS.get(lower(m.group("x")));
				out.accept(fact(PERSONAL, "origin", "origin", "Is from " + place + " (a " + lower(m.group("x")) + ")", place, Map.of("place", place), 0.7, true));
			}
		});
		// Moves with both places, and years in a place: "We relocated from Chicago to Denver", "moved here from Lagos",
		// "Been in Toronto about 5 years now"
		Pattern movedBetween = compiled("^(?:i|we)\\s+(?:just\\s+|recently\\s+|finally\\s+)?(?:moved|relocated)\\s+(?:over\\s+|back\\s+)?from\\s+(?<a>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s+to\\s+(?<x>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)", FLAGS);
		rules.add((clause, original, out) -> {
			Matcher m = movedBetween.matcher(clause);
			if (!m.find()) {
				return;
			}
			if (!Places.known(m.group("a")) && !Places.known(m.group("x")) && !lower(m.group()).contains("relocated")
					&& (SOFTWARE_WORDS.matcher(original).find() || !SETTLED.matcher(original.substring(Math.max(0, original.toLowerCase(Locale.ROOT).indexOf(lower(m.group("x")))))).find())) {
				// "we moved from Jira to Linear last month", "moved from Vodafone to EE": between two names no list knows, a
				// move between tools or providers unless the sentence says they settled there
				return;
			}
			place(m.group("x"), "Lives in ", out);
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?<i>i|we)\\s+)?(?:just\\s+|recently\\s+)?(?:moved|came|relocated)\\s+(?:over\\s+)?here\\s+from\\s+(?<x>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)", FLAGS).matcher(clause);
			if (m.find() && (m.group("i") != null || opensSentence(clause, original))) {
				String place = properNoun(m.group("x"));
				if (place != null && !NOT_A_PLACE.contains(lower(place))) {
					out.accept(fact(PERSONAL, "origin", "origin", "Is from " + place, place, Map.of("place", place), 0.7, true));
				}
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?<i>i've|ive|i have|we've|we have)\\s+)?been\\s+(?:living\\s+|based\\s+)?in\\s+(?<x>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s+(?:for\\s+)?(?:about\\s+|around\\s+|almost\\s+|nearly\\s+|over\\s+|like\\s+|more than\\s+)?"
					+ "(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|a few|several|many)\\s+(?:years?|yrs?|decades?|months)\\b", FLAGS).matcher(clause);
			if (m.find() && (m.group("i") != null || opensSentence(clause, original)) && !TEMPORARY_STAY.matcher(original).find()) {
				livesIn(m.group("x"), out);
			}
		});
		// Family: "single dad with two boys", "my wife and I just had our second kid"
		rule("^(?:" + I_AM + "\\s+)?(?:a\\s+)?(?:single\\s+|proud\\s+|busy\\s+|working\\s+|tired\\s+|solo\\s+)+(?<r>mum|mom|dad|parent|mother|father)\\s+(?:with|of|to)\\s+(?<x>twins|triplets|(?:a|an|one|two|three|four|five|\\d)\\s+(?:little\\s+|young\\s+|teenage\\s+)?(?:kids?|children|child|boys?|girls?|sons?|daughters?|teens?|teenagers?|toddlers?))\\b", (m, out) -> {
			String role = lower(m.group("r"));
			String children = lower(m.group("x"));
			out.accept(fact(PERSONAL, "family", "family_parent", "Is a " + role + " of " + children, role + " of " + children,
					Map.of("role", role, "children", children), 0.75, false));
		});
		rule("^(?:my \\p{L}+ and i|me and my \\p{L}+)\\s+(?:just\\s+|recently\\s+|finally\\s+)?(?:had|welcomed)\\s+(?:a|our)\\s+(?:first\\s+|second\\s+|third\\s+|fourth\\s+|new\\s+|little\\s+)*(?<b>baby\\s+)?"
				+ "(?<x>baby|boy|girl|son|daughter|twins|kid|child)(?=\\s*$|\\s*[,.!;]|\\s+(?:so|and|but|last|in|on|this|recently|yesterday)\\b)", (m, out) -> {
					String who = lower(m.group("x"));
					out.accept(fact(PERSONAL, "family", "family_" + slug(singular(who)), "Has a new " + (m.group("b") == null ? "" : "baby ") + who, who,
							Map.of("relation", singular(who), "new", true), 0.75, false));
				});
		// Languages and how to be spoken to: "English is my second language", "keep it simple", "use British spelling"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*)(?<x>\\p{L}+)\\s+is\\s+(?:only\\s+)?my\\s+(?:second|third|fourth|other)\\s+language\\b(?<rest>.*)", FLAGS).matcher(clause);
			if (!m.find()) {
				return;
			}
			String language = lower(m.group("x"));
			// "English is my third language after Tigrinya and Arabic": the languages before it are theirs
			Matcher after = compiled("^\\s*,?\\s*(?:after|behind|besides|alongside|following)\\s+(?<l>.+)", FLAGS).matcher(m.group("rest"));
			boolean others = after.find();
			if (others) {
				languages(after.group("l"), out);
			}
			// the language they are writing in is no news when the others are named: no outside writer records it then
			others |= "english".equals(language) && java.util.Arrays.stream(compiled("[^\\p{L}]+").split(lower(original))).anyMatch(w -> !"english".equals(w) && Lexicon.LANGUAGES.contains(w));
			if (Lexicon.LANGUAGES.contains(language) && !("english".equals(language) && others)) {
				out.accept(fact(PERSONAL, "language", "language_" + language, "Speaks " + capitalise(language) + " (not their first language)", capitalise(language),
						Map.of("language", capitalise(language), "level", "second language"), 0.75, false));
			}
		});
		rule("(?:^|\\bso\\s+|,\\s*|\\band\\s+)(?:please\\s+|pls\\s+|just\\s+)*(?:keep\\s+(?:it|things|the language|your (?:answers|replies|language))\\s+(?:simple|basic|easy)|(?:use\\s+)?simple\\s+(?:english|language|words)\\s+(?:please|pls))\\b", (m, out) -> out.accept(fact(COMMUNICATION,
				"technical_level", "technical_level", "Prefers simple, non-technical explanations", "simple", Map.of("technical_level", "simple"), 0.75, true)));
		rule("^(?:please\\s+)?(?:use|write in|stick to|spell in)\\s+(?<x>british|american|uk|us|australian|canadian)\\s+(?:english|spelling|spellings)\\b", (m, out) -> {
			String variety = lower(m.group("x")).replace("uk", "British").replace("us", "American");
			String said = capitalise(variety) + " English";
			out.accept(fact(COMMUNICATION, "spelling", "spelling", "Prefers " + said + " spelling", said, Map.of("spelling", said), 0.75, true));
		});
		rule("^i(?:'d| would)\\s+(?:much\\s+|really\\s+|rather\\s+)?prefer\\s+(?:a\\s+|an\\s+)?(?<x>call|phone call|calls|email|emails|text|texts|whatsapp|letter|letters)(?=\\s*$|\\s*[,.!]|\\s+(?:rather than|over|instead of|to|please|pls|if)\\b)", (m, out) -> {
			String x = lower(m.group("x"));
			channel(x.matches("call|phone call|calls") ? "phone" : x.replaceFirst("s$", "").replace("letter", "post"), out);
		});
		// Budgets without "I" and with "budget of": "Can't spend more than 20 bucks", "something around 500 euros max",
		// "I'm keeping to a budget of $1k"
		fragment("^(?:can't|cannot|can not)\\s+(?:really\\s+)?(?:spend|pay|afford|go|stretch|do)\\s+(?:much\\s+)?(?:over|above|beyond|more than|past)\\s+(?<x>" + MONEY + PER_PERIOD + ")", (m, out) -> budget(m.group("x"), out));
		rules.add((clause, original, out) -> {
			String start = LEADING.matcher(original.strip()).replaceFirst("");
			Matcher m = compiled("\\b(?:around|about|up to|under|roughly)?\\s*(?<x>" + MONEY + PER_PERIOD + ")\\s+(?:max|tops|maximum|at most|at the most)\\b", FLAGS).matcher(clause);
			if (m.find() && compiled("^(?:looking for|need|want|after|something|anything|ideally|i|i'm|im|we|we're|hoping|searching|shopping)\\b", FLAGS).matcher(start).find()
					&& !SOMEONE_ELSE.matcher(original).find()) {
				budget(m.group("x"), out);
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?:a|my|our)\\s+(?:total\\s+|strict\\s+|tight\\s+|rough\\s+|max(?:imum)?\\s+)?budget\\s+of\\s+(?:about\\s+|around\\s+|roughly\\s+|up to\\s+|max\\s+)?(?<x>(?:" + MONEY + "|\\d[\\d,.]*(?=\\s*(?:a|per|/|an|each)\\s*(?:month|week|year|night|person|day)\\b))" + PER_PERIOD + ")", FLAGS).matcher(clause);
			if (m.find() && compiled("^(?:i|i'm|im|we|we're|my|our)\\b", FLAGS).matcher(LEADING.matcher(original.strip()).replaceFirst("")).find()
					&& !SOMEONE_ELSE.matcher(clause.substring(0, m.start()).replaceFirst("(?i)^(?:my|our)\\s+budget\\b", "")).find()) {
				budget(m.group("x"), out);
			}
		});
		// Food with a reaction given as the reason: "No shellfish please, I react badly", "no nuts for me, I'm allergic"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:(?:hi|hey|hello|ok|okay|so|also|oh)[,!.]?\\s+)*(?:please\\s+)?no\\s+(?<f>" + FOODS + ")\\b[^,]{0,30},\\s*(?:(?:as|because|cos|since)\\s+)?(?<r>i\\s+react\\s+(?:badly|to (?:it|them))|i\\s+get\\s+(?:sick|ill|hives|a rash|migraines?)|(?:i'm|im|i am)\\s+allergic|it\\s+makes\\s+me\\s+(?:sick|ill)|i\\s+can't\\s+(?:have|eat|digest)\\s+(?:it|them))\\b", FLAGS).matcher(original.strip());
			if (!m.find() || !opensSentence(clause, original)) {
				return;
			}
			String food = lower(m.group("f"));
			if (lower(m.group("r")).contains("allergic")) {
				out.accept(fact(CONSTRAINTS, "allergy", "allergy_" + slug(food), "Is allergic to " + food, food, Map.of("allergen", food), 0.85, false));
			}
			else {
				out.accept(fact(CONSTRAINTS, "dietary_restriction", "cannot_eat_" + slug(food), "Cannot eat " + food + " (it makes them ill)", food, Map.of("food", food), 0.8, false));
			}
		});
		// "I've got a tree nut allergy", "I have a hearing impairment"
		rule("^(?:i've\\s+got|ive\\s+got|i\\s+have\\s+got|i\\s+have|i\\s+suffer\\s+from)\\s+(?:an?\\s+)?(?:severe\\s+|bad\\s+|serious\\s+|mild\\s+|life-threatening\\s+)?(?<x>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+allergy\\b", (m, out) -> {
			String item = lower(m.group("x"));
			if (!isJunk(item) && !item.matches("(?:.*\\s)?(?:food|seasonal|hay|skin|drug|medicine)")) {
				out.accept(fact(CONSTRAINTS, "allergy", "allergy_" + slug(item), allergySaid(item), item, Map.of("allergen", item), 0.85, false));
			}
		});
		rule("^(?:i\\s+have|i've\\s+got|ive\\s+got|i\\s+live\\s+with)\\s+(?:an?\\s+|some\\s+)?(?:mild\\s+|severe\\s+|partial\\s+|significant\\s+)?(?<x>hearing impairment|visual impairment|hearing loss|sight loss|vision loss|low vision)\\b", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(CONSTRAINTS, "accessibility", "accessibility_" + slug(what), "Has " + what, what, Map.of("condition", what), 0.85, false));
		});
	}

	/** Words of a job title by their ending: "cardiologist", "videographer", "beautician", "podiatrist", "podcaster". */
	private static final Pattern OCCUPATION_SUFFIX = Pattern.compile("\\p{L}{3,}(?:ologist|ographer|ician|iatrist|caster|smith)");
	/** Kinds of employer said without a name: "at a fintech startup", "for a gaming studio", "at a hospital". */
	private static final Pattern UNNAMED_WORKPLACE = Pattern.compile("^(?:an?)\\s+(?<w>(?:(?!(?:in|at|on|near|and|with|for)\\b)[\\p{Ll}-]+\\s+){0,2}(?:startup|start-up|company|firm|bank|hospital|clinic|school|agency|studio|consultancy|charity|"
			+ "nonprofit|non-profit|university|college|fintech|retailer|supermarket|factory|warehouse|hotel|restaurant|cafe|café|bakery|lab|laboratory|council|ngo|nursery|"
			+ "pharmacy|brewery|garage|airline|publisher|newspaper|magazine|law firm|care home|call centre|call center|scale-up|scaleup|dev shop|practice))\\b", FLAGS);
	/** Jobs named in the writer's own language after "je suis", "ich bin", "soy", "sono", "sou", "ik ben": the word and its English. */
	private static final Map<String, String> FOREIGN_OCCUPATIONS = Map.ofEntries(Map.entry("étudiant", "student"), Map.entry("étudiante", "student"),
			Map.entry("enseignant", "teacher"), Map.entry("enseignante", "teacher"), Map.entry("professeur", "teacher"), Map.entry("professeure", "teacher"),
			Map.entry("médecin", "doctor"), Map.entry("infirmier", "nurse"), Map.entry("infirmière", "nurse"), Map.entry("ingénieur", "engineer"),
			Map.entry("ingénieure", "engineer"), Map.entry("avocat", "lawyer"), Map.entry("avocate", "lawyer"), Map.entry("développeur", "developer"),
			Map.entry("développeuse", "developer"), Map.entry("lehrer", "teacher"), Map.entry("lehrerin", "teacher"), Map.entry("studentin", "student"),
			Map.entry("arzt", "doctor"), Map.entry("ärztin", "doctor"), Map.entry("krankenschwester", "nurse"), Map.entry("krankenpfleger", "nurse"),
			Map.entry("pflegerin", "nurse"), Map.entry("ingenieur", "engineer"), Map.entry("ingenieurin", "engineer"), Map.entry("anwalt", "lawyer"),
			Map.entry("anwältin", "lawyer"), Map.entry("entwickler", "developer"), Map.entry("entwicklerin", "developer"), Map.entry("estudiante", "student"),
			Map.entry("profesor", "teacher"), Map.entry("profesora", "teacher"), Map.entry("maestro", "teacher"), Map.entry("maestra", "teacher"),
			Map.entry("médico", "doctor"), Map.entry("médica", "doctor"), Map.entry("enfermero", "nurse"), Map.entry("enfermera", "nurse"),
			Map.entry("ingeniero", "engineer"), Map.entry("ingeniera", "engineer"), Map.entry("abogado", "lawyer"), Map.entry("abogada", "lawyer"),
			Map.entry("studente", "student"), Map.entry("studentessa", "student"), Map.entry("insegnante", "teacher"), Map.entry("medico", "doctor"),
			Map.entry("infermiere", "nurse"), Map.entry("infermiera", "nurse"), Map.entry("ingegnere", "engineer"), Map.entry("avvocato", "lawyer"),
			Map.entry("estudante", "student"), Map.entry("professora", "teacher"), Map.entry("enfermeira", "nurse"), Map.entry("enfermeiro", "nurse"),
			Map.entry("engenheiro", "engineer"), Map.entry("engenheira", "engineer"), Map.entry("advogado", "lawyer"), Map.entry("advogada", "lawyer"),
			Map.entry("leraar", "teacher"), Map.entry("lerares", "teacher"), Map.entry("verpleegkundige", "nurse"), Map.entry("student", "student"));
	/** Retired in the writer's own language. */
	private static final Pattern FOREIGN_RETIRED = Pattern.compile("retraitée?|rentner(?:in)?|jubilad[oa]|pensionat[oa]|aposentad[oa]|gepensioneerd", FLAGS);
	/** A greeting in the writer's own language before what they say ("Salut, je suis étudiant ..."). */
	private static final String FOREIGN_GREETING = "(?:(?:salut|bonjour|bonsoir|coucou|hola|buenas|buenos días|hallo|guten tag|moin|servus|ciao|buongiorno|olá|ola|bom dia|hoi|goedendag|hej)[,!]?\\s+)?";
	private static final String PROPER_PLACE = "(?<x>(?-i:\\p{Lu})[\\p{L}'-]+(?:[- ](?-i:\\p{Lu})[\\p{L}'-]+)?)";
	private static final String FAMILY_NOUNS = "kids|children|sons|daughters|boys|girls|grandkids|grandchildren|teenagers|teens|toddlers|twins";
	/** A sign-off on its own line and a name on the last: "Yours faithfully,\nMargaret Oyelaran". */
	private static final Pattern SIGNATURE = Pattern.compile("(?:^|\\n)[ \\t]*(?:yours (?:faithfully|sincerely|truly)|(?:kind|best|warm|warmest|many thanks and)?\\s*regards|sincerely|best wishes|"
			+ "many thanks|thanks (?:again|in advance)|thank you(?: in advance)?|all the best|respectfully|with thanks|cheers)[ \\t]*[,.!]?[ \\t]*\\n+[ \\t]*"
			+ "(?<x>(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\\.?\\s+)?\\p{Lu}[\\p{Ll}'-]+(?:[ \\t]+\\p{Lu}[\\p{Ll}'-]+){0,2})[ \\t]*[.!]?\\s*$", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
	/** "me and my bf are ...": the partner a sentence names before it is read as "we". */
	private static final Pattern ME_AND_FAMILY = Pattern.compile("(?:^|^(?:yeah|yes|so|ok|okay|well|and|but)\\s)me\\s+and\\s+my\\s+(?<x>wife|husband|partner|girlfriend|boyfriend|bf|gf|fianc[ée]e?|hubby|missus|other half|better half)\\s+(?=(?:are|were|have|live|both|all)\\b)", FLAGS);

	private static boolean occupationBySuffix(String word) {
		return OCCUPATION_SUFFIX.matcher(lower(word)).matches() && !lower(word).matches("magician|politician")
				|| lower(word).matches("rn|lpn|cna|emt|cpa|hca|np|dba|sde|sre|qa"); // titles said as letters: "I'm an RN"
	}

	/** "at a fintech startup": where they work, with no name. */
	private static void unnamedWorkplace(String raw, Consumer<ExtractedFact> out) {
		Matcher m = UNNAMED_WORKPLACE.matcher(raw.strip());
		if (m.find()) {
			String where = lower(m.group("w"));
			out.accept(fact(PROFESSIONAL, "workplace", "workplace", "Works at " + article(where) + " " + where, where, Map.of("workplace", where), 0.7, true));
		}
	}

	/** A signature under a letter: the name on the last line after a sign-off. */
	private static void signature(String text, Map<String, ExtractedFact> facts) {
		Matcher m = SIGNATURE.matcher(text.strip());
		if (!m.find()) {
			return;
		}
		String name = m.group("x").strip();
		String first = lower(name.replaceFirst("(?i)^(?:dr|mr|mrs|ms|mx|prof)\\.?\\s+", "").split("\\s+")[0]);
		if (NOT_NAMES.contains(first) || NOT_A_DAY_NAME.contains(first) || Lexicon.LANGUAGES.contains(first)
				|| first.matches("support|team|customer|the|management|admin|sales|accounts|reception|office|staff|family|everyone|all|me|us|billing|helpdesk|anonymous|sent|thanks")) {
			return;
		}
		if (facts.values().stream().anyMatch(known -> "name".equals(known.key()) && sameNameShortened(String.valueOf(known.subject()), name))) {
			return; // "My name is Deborah Okafor ... Kind regards, D. Okafor": the name the message gave, signed shorter
		}
		facts.putIfAbsent("name|" + lower(name), fact(PERSONAL, "name", "name", "Name is " + name, name, Map.of("name", name), 0.75, true));
	}

	/** Verbs that say nothing alone: "been playing since the beta" (playing what?). */
	private static final Pattern BARE_ACTIVITY = Pattern.compile("playing|doing|practi[sc]ing|collecting");

	/** Whether a signature is the given name again, each of its words that word or its initial ("D. Okafor", "Deborah"). */
	private static boolean sameNameShortened(String given, String signed) {
		List<String> full = java.util.Arrays.asList(compiled("\\s+").split(lower(given)));
		for (String part : compiled("\\s+").split(compiled("^(?:dr|mr|mrs|ms|mx|prof)\\.?\\s+").matcher(lower(signed)).replaceFirst(""))) {
			String word = part.endsWith(".") ? part.substring(0, part.length() - 1) : part;
			boolean found = word.length() == 1 ? full.stream().anyMatch(w -> w.startsWith(word)) : full.contains(word);
			if (!found) {
				return false;
			}
		}
		return true;
	}

	/** What a pair is said to be or do that makes the partner worth noting: "we are big into board games", "we're expecting". */
	private static final Pattern PAIR_STATE = Pattern.compile("^(?:\\p{L}+\\s+)?we\\s+(?:are|have|live)\\s+(?:both\\s+|all\\s+|really\\s+|big\\s+|huge\\s+|massive\\s+)*(?:into|fans?\\b|obsessed|expecting|getting married|engaged|married|moving|retired|vegan|vegetarian|together|been together|lived)", FLAGS);

	/** "me and my bf are big into board games": the partner, before the sentence is read as "we". */
	private static ExtractedFact meAndFamily(String sentence) {
		Matcher m = ME_AND_FAMILY.matcher(sentence.strip());
		if (!m.find()) {
			return null;
		}
		String who = lower(m.group("x"));
		return fact(PERSONAL, "family", "family_" + slug(who), "Has a " + who, who, Map.of("relation", who), 0.7, false);
	}

	/**
	 * What a whole message states wherever it stands, a question included: a car of the writer's own ("any news on the
	 * brake pads for my 2009 Civic?", "fits in the boot of our Fiat 500": owning it is taken for granted, as both
	 * outside writers who met it record) and a sign-off on the last line of a one-line message ("Kind regards, Dr. E.
	 * Okonkwo").
	 */
	private static void roundSixMessage(String text, Map<String, ExtractedFact> facts) {
		Matcher car = VEHICLE.matcher(text);
		if (car.find() && !compiled("\\b(?:if|imagine|suppose|dream|wish|hypothetically)\\b[^.!?]*$", FLAGS).matcher(text.substring(0, car.start())).find()
				&& !GONE_BEFORE.matcher(text.substring(Math.max(0, car.start() - 30), car.start())).find()
				&& !GONE_AFTER.matcher(text.substring(car.end())).lookingAt()) {
			String model = car.group("y") != null ? car.group("y") + " " + car.group("m") : car.group("b") + (car.group("bm") == null ? "" : " " + car.group("bm"));
			if (car.group("y") == null || !compiled("(?i)(?:macbook|iphone|ipad|pixel|galaxy|surface|kindle|xbox|ps\\d|switch|tax|return|calendar|budget|plan|edition|model|version|season|collection|catalogue|catalog|annual|summer|winter|spring|autumn).*").matcher(car.group("m")).matches()) {
				model = model.strip();
				facts.putIfAbsent("vehicle_" + slug(model), fact(PERSONAL, "vehicle", "vehicle_" + slug(model), "Has a " + model, model, Map.of("vehicle", model), 0.7, false));
			}
		}
		Matcher baby = HOUSEHOLD_BABY.matcher(text);
		if (baby.find() && !asked(text, baby.start(), baby.end()) && !compiled("\\b(?:my|our|his|her|their)\\s+(?:sister|brother|friend|neighbou?r|daughter|son|niece|nephew|cousin)'?s?\\b", FLAGS).matcher(text).find()) {
			facts.putIfAbsent("family_baby", fact(PERSONAL, "family", "family_baby", "Has a baby", "baby", Map.of("relation", "baby"), 0.65, false));
		}
		Matcher pet = NAMED_PET.matcher(text);
		if (pet.find() && !askedInClause(text, pet.start(), pet.end()) && !GONE_AFTER.matcher(text.substring(pet.end())).lookingAt() && !REPORTED.matcher(text).find() && !NOT_NAMES.contains(lower(pet.group("x"))) && !NOT_A_DAY_NAME.contains(lower(pet.group("x")))
				&& !CALL_ME_NOT_A_NAME.contains(lower(pet.group("x"))) && !Lexicon.LANGUAGES.contains(lower(pet.group("x")))) {
			String noun = lower(pet.group("p"));
			facts.putIfAbsent("pet_" + slug(singular(noun)), fact(PERSONAL, "pet", "pet_" + slug(singular(noun)), "Has a " + noun + " named " + pet.group("x") + petBreed(text.substring(pet.end()), noun), noun,
					Map.of("relation", singular(noun), "count", 1, "name", pet.group("x")), 0.7, false));
		}
		Matcher addressed = ADDRESS_ME_AS.matcher(text);
		if (addressed.find() && !asked(text, addressed.start(), addressed.end()) && !NOT_NAMES.contains(lower(addressed.group("x")))) {
			String name = addressed.group("t") + ". " + addressed.group("x");
			facts.putIfAbsent("name|" + lower(addressed.group("x")), fact(PERSONAL, "name", "name", "Name is " + name, addressed.group("x"), Map.of("name", name), 0.75, true));
		}
		Matcher signOff = INLINE_SIGN_OFF.matcher(text.strip());
		if (signOff.find()) {
			String name = signOff.group("x").strip();
			String last = lower(compiled("\\s+").split(compiled("(?:Dr|Mr|Mrs|Ms|Mx|Prof)\\.?\\s+|\\p{Lu}\\.\\s*").matcher(name).replaceAll(""))[0]);
			if (!NOT_NAMES.contains(last) && !NOT_A_DAY_NAME.contains(last) && !Lexicon.LANGUAGES.contains(last)
					&& !compiled("support|team|customer|customers|services|management|admin|sales|accounts|reception|office|staff|family|everyone|all|me|us|billing|helpdesk|anonymous|sent|thanks").matcher(last).matches()
					&& facts.values().stream().noneMatch(f -> "name".equals(f.key()) && (name.contains(f.subject()) || sameNameShortened(f.subject(), name)))) {
				facts.putIfAbsent("name|" + lower(name), fact(PERSONAL, "name", "name", "Name is " + name, name, Map.of("name", name), 0.7, true));
			}
		}
	}

	private static final String CAR_BRANDS = "Toyota|Honda|Ford|VW|Volkswagen|Fiat|BMW|Audi|Mercedes|Merc|Kia|Hyundai|Nissan|Mazda|Subaru|Tesla|Volvo|Peugeot|Renault|Skoda|Škoda|Citroen|Citroën|Vauxhall|Opel|Jeep|Chevy|Chevrolet|Dodge|Lexus|Land Rover|Range Rover|Jaguar|Porsche|Mitsubishi|Suzuki|Dacia|Cupra|Polestar|Alfa Romeo|Saab|Buick|Cadillac|Chrysler|Acura|Infiniti|Rivian|Harley|Ducati|Vespa|Kawasaki|Yamaha|Prius|Civic|Corolla|Yaris|Golf|Polo|Corsa|Clio|Qashqai|Camry|Accord|Outback|Forester";
	/** "my 2009 Civic", "our Fiat 500", "my new Tesla Model 3": a car named by its year or make (case-sensitive). */
	private static final Pattern VEHICLE = Pattern.compile("\\b(?i:my|our)\\s+(?:(?i:new|trusty)\\s+)?(?:(?<y>(?:19[5-9]\\d|20[0-3]\\d))\\s+(?<m>\\p{Lu}[\\p{L}-]+(?:\\s+(?:\\p{Lu}[\\p{L}-]*|\\d{1,3}[a-z]?))?)"
			+ "|(?<b>" + CAR_BRANDS + ")(?:\\s+(?<bm>\\p{Lu}[\\p{L}-]*(?:\\s+\\d{1,3})?|\\d{1,4}[a-z]?|[A-Z]\\d{1,2}))?)(?![\\p{L}\\d'])");
	/** Whether the words from {@code start} to {@code end} stand in a question: "would you address me as Dr. Okafor?". */
	private static boolean asked(String text, int start, int end) {
		Matcher next = compiled("[?!\\n]|\\.(?:\\s|$)").matcher(text);
		if (next.find(end) && "?".equals(next.group())) {
			return true;
		}
		int from = Math.max(Math.max(text.lastIndexOf('?', start), text.lastIndexOf('!', start)), text.lastIndexOf('\n', start)) + 1;
		Matcher stop = compiled("\\.\\s").matcher(text.substring(from, start));
		while (stop.find()) {
			from = from + stop.end();
			stop = compiled("\\.\\s").matcher(text.substring(from, start));
		}
		return QUESTION_START.matcher(LEADING.matcher(text.substring(from, start).strip()).replaceFirst("")).find();
	}

	/** Whether the clause around {@code start}..{@code end} asks: "is my kitten Biscuit too young?", not "how much is it, my kitten Biscuit is 5 months". */
	private static boolean askedInClause(String text, int start, int end) {
		Matcher next = compiled("[?!,;\\n]|\\.(?:\\s|$)").matcher(text);
		if (next.find(end) && "?".equals(next.group())) {
			return true;
		}
		int from = 0;
		Matcher stop = compiled("[?!,;\\n]|\\.\\s").matcher(text.substring(0, start));
		while (stop.find()) {
			from = stop.end();
		}
		return QUESTION_START.matcher(LEADING.matcher(text.substring(from, start).strip()).replaceFirst("")).find();
	}

	/** "the baby sleeps 1-3pm", "ever since the baby": a baby of the household, said with "the". */
	private static final Pattern HOUSEHOLD_BABY = Pattern.compile("\\b(?:(?:ever\\s+)?since\\s+the\\s+baby(?:\\s+(?:came|arrived|was born))?(?=\\s*[,.;!]|\\s+(?:i|we|my|our|it|things|life)\\b)|the\\s+baby\\s+(?:sleeps|naps|is (?:asleep|napping|sleeping|teething|due)|goes down|wakes(?: up)?|is up|usually sleeps|still sleeps|needs feeding))\\b", FLAGS);
	/** "my kitten Biscuit is 5 months now", "I always travel with my pug Biscuit": a pet named is theirs, a question or not. */
	private static final Pattern NAMED_PET = Pattern.compile("\\b(?i:my|our)\\s+(?:(?i:little|old|new|rescue|senior|baby|lovely|beautiful|young)\\s+)?(?<p>(?i:" + PET_NOUNS + "))\\s+(?<x>\\p{Lu}\\p{Ll}+)\\b(?!\\s+(?:and|&)\\s+(?i:i)\\b)");
	/** "Please address me as Mx. Rivera", "call me Dr. Okafor": a title with the surname is the name. */
	private static final Pattern ADDRESS_ME_AS = Pattern.compile("\\b(?i:address me as|refer to me as|call me|addressed to me as)\\s+(?<t>Mx|Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+(?<x>\\p{Lu}[\\p{Ll}'-]+(?:-\\p{Lu}[\\p{Ll}'-]+)?)\\b");
	/** A sign-off ending a one-line message: "..., Kind regards, Dr. E. Okonkwo". */
	private static final Pattern INLINE_SIGN_OFF = Pattern.compile("(?:^|[.!?,]\\s*|\\s)(?i:kind regards|best regards|warm regards|warmest regards|regards|yours sincerely|yours faithfully|yours truly|sincerely|best wishes|rgds)[,.!]?\\s+"
			+ "(?<x>(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\\.?\\s+)?(?:\\p{Lu}\\.\\s*){0,2}\\p{Lu}[\\p{Ll}'-]+(?:\\s+\\p{Lu}[\\p{Ll}'-]+)?)\\s*[.!]?\\s*$");

	/**
	 * The sixth round's people forms, from an eighth outside writer's set: a team or a shift said with the workplace
	 * ("we're a team of 12 at a small architecture firm", "I work shifts at the airport"), the employer named after
	 * "my employer", a title said as letters before its workplace ("a SENCO at a primary school"), a job after a
	 * vocative ("mate I'm a plumber"), studies said with their year ("in grade 11 and want to study medicine"), where
	 * they came from when they moved ("moved to Calgary from Manila"), a residency or pension status, a home said in
	 * passing ("my place in Belfast"), a town they work in, "I've moved to", a lower-case introduction with an age
	 * ("i'm jake, 22"), hobbies said as "got into X" or with a handicap, and a pet's breed with its age.
	 */
	private void roundSixPeople() {
		// "I've moved to Brighton now", "we've just relocated to Perth": the contracted "'ve" the older rule does not read
		rule("^(?:i've|i have|we've|we have)\\s+(?:just\\s+|recently\\s+|now\\s+|finally\\s+|since\\s+)?(?:moved|relocated)\\s+(?:back\\s+)?to\\s+(?<x>(?-i:\\p{Lu}).+)",
				(m, out) -> {
					if (!compiled("(?i)^(?:plan|tier|option|version|level|stage|phase|step|team|group|room|floor|section|page|account|package|bundle)\\b").matcher(m.group("x")).find()) {
						place(m.group("x"), "Lives in ", out); // "I've moved to Plan B" is no place
					}
				});
		// "we just moved to Calgary from Manila", "I moved here from Lagos in 2019": where they came from
		rule("^(?:i|we)(?:'ve|\\s+have)?\\s+(?:just\\s+|recently\\s+|finally\\s+|only\\s+)?(?:moved|relocated|emigrated|immigrated|came)\\s+(?:over\\s+)?(?:here\\s+|to\\s+(?-i:\\p{Lu})[\\p{L}'-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}'-]+)?\\s+)?from\\s+" + PROPER_PLACE
				+ "(?=\\s*$|\\s*[,.;!]|\\s+(?:last|in|and|a|two|three|\\d|about|when|as|so|but|years?|months?)\\b)", (m, out) -> {
					String place = m.group("x");
					if (!NOT_A_PLACE.contains(lower(place)) && !NOT_A_DAY_NAME.contains(lower(place))) {
						out.accept(fact(PERSONAL, "origin", "origin", "Moved from " + place, place, Map.of("place", place), 0.7, true));
					}
				});
		// "I'm a permanent resident", "I'm a dual citizen", "I'm a refugee": where they stand as residents
		rule("^" + I_AM + "\\s+(?:now\\s+|also\\s+)?(?:an?\\s+)?(?<x>permanent resident|(?:dual|british|us|uk|eu|canadian|australian|irish|french|german)\\s+(?:citizen|national)|green card holder|refugee|asylum seeker)\\b(?!\\s+(?:status|card|application|visa|form|office|lawyer)\\b)"
				+ "(?:\\s*\\((?<c>[\\p{L}/ &-]{2,30})\\))?", (m, out) -> {
			String status = lower(m.group("x"));
			String of = m.group("c") == null ? "" : " (" + m.group("c").strip() + ")"; // "a dual citizen (US/Irish)": which countries
			out.accept(fact(PERSONAL, "residency", "residency_status", "Is " + article(status) + " " + status + of, status, Map.of("status", status + of), 0.75, true));
		});
		// "I'm a pensioner on a fixed income", "I'm an OAP": a stage of life, as the outside writer files it
		rule("^" + I_AM + "\\s+(?:now\\s+|just\\s+)?(?:an?\\s+)?(?<x>pensioner|oap|senior citizen)\\b", (m, out) -> {
			String stage = lower(m.group("x")).equals("oap") ? "pensioner" : lower(m.group("x"));
			out.accept(fact(PERSONAL, "life_stage", "life_stage", "Is " + article(stage) + " " + stage, stage, Map.of("life_stage", stage), 0.75, true));
		});
		// "Ship it to my place in Belfast", "deliver to my flat in Leith": their home, said on the way
		rule("\\b(?:to|at|from|in)\\s+my\\s+(?:place|flat|house|home|apartment|address|backyard|back garden|garden|yard|balcony)\\s+in\\s+" + PROPER_PLACE + "(?=\\s*$|\\s*[,.;!]|\\s+(?:as|same|like|please|pls|and|thanks)\\b)", (m, out) -> {
			if (!NOT_A_PLACE.contains(lower(m.group("x")))) {
				livesIn(m.group("x"), out);
			}
		});
		// "I work in Reading", "I'm working in Leeds now": the town they work in (a field of work is the older rule's)
		rule("^(?:i\\s+work|" + I_AM + "\\s+working|i\\s+work\\s+(?:full[- ]time|part[- ]time))\\s+in\\s+(?-i:(?<x>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?))(?=\\s*$|\\s*[,.;!]|\\s+(?:and|but|so|now|city centre|town centre|centre|center|these days)\\b)", (m, out) -> {
			String place = m.group("x");
			if (!NOT_A_PLACE.contains(lower(place)) && !FIELD_WORD.matcher(place).matches() && !Lexicon.LANGUAGES.contains(lower(place))
					&& !NOT_A_DAY_NAME.contains(lower(place)) && !WORK_FIELD.matcher(place).matches()) {
				out.accept(fact(PERSONAL, "work_location", "work_location", "Works in " + place, place, Map.of("place", place), 0.7, true));
			}
		});
		// "I work shifts at the airport", "I work 9 to 6 at the hospital", "I work nights at the Royal Infirmary"
		rule("^i\\s+work\\s+(?:(?:night|day|early|late|long|weekend|12[- ]hour|rotating)\\s+shifts?|shifts|nights|days|evenings|weekends|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?\\s*(?:to|-|till|until)\\s*\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?)\\s+(?:at|in)\\s+the\\s+(?<x>\\p{Ll}[\\p{Ll}-]+(?:\\s+\\p{Ll}[\\p{Ll}-]+)?)(?=\\s*$|\\s*[,.;!]|\\s+(?:so|and|but|which|now)\\b)", (m, out) -> {
			String place = lower(m.group("x"));
			if (!isJunk(place) && !compiled("\\b(?:moment|minute|weekend|week|day|same|end|office|house|home)\\b").matcher(place).find()) {
				out.accept(fact(PROFESSIONAL, "workplace", "workplace", "Works at the " + place, place, Map.of("workplace", place), 0.75, true));
			}
		});
		// "on behalf of my employer, Henley & Ross LLP", "my employer (Acme Corp) pays for it"
		rule("\\bmy\\s+(?:employer|company|firm)\\s*[,(]\\s*(?<x>(?-i:\\p{Lu})[\\p{L}&'.-]*(?:\\s+(?:&\\s+)?(?-i:\\p{Lu})[\\p{L}&'.-]*){0,4})", (m, out) -> {
			String company = compiled("[.,]+$").matcher(m.group("x")).replaceFirst("");
			if (!NOT_A_PLACE.contains(lower(company)) && !NOT_NAMES.contains(lower(company))) {
				out.accept(company(company));
			}
		});
		// "We're a team of 12 at a small architecture firm in Porto": where the writer works
		rule("^(?:we're|we are|" + I_AM + "\\s+(?:part of|one of))\\s+(?:an?\\s+)?(?:small\\s+|tiny\\s+|little\\s+)?(?:team|group|crew)\\s+(?:of\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\\s+)?(?:at|in)\\s+(?<x>an?\\s+.+)", (m, out) -> unnamedWorkplace(m.group("x"), out));
		// "mate I'm a plumber", "dude, I'm a nurse": the vocative before the job
		rule("^(?:mate|dude|bro|man|lads?|guys|folks|pal|buddy|love|hun)\\s*,?\\s+" + I_AM + "\\s+(?:an?|the)\\s+(?<x>.+)", (m, out) -> job(m.group("x"), 0.75, true, out));
		// "I'm a SENCO at a primary school", "I'm an HCA at the hospital": a title said as letters, with where it is done
		rule("^" + I_AM + "\\s+(?:an?)\\s+(?-i:(?<x>\\p{Lu}{2,6}))\\s+(?=(?:at|in|for|on)\\s+(?:an?|the|my|our)\\s)(?<rest>.+)", (m, out) -> {
			if (!compiled("VIP|UK|US|USA|EU|NHS|PR|OK|TV|DJ|IT|HR").matcher(m.group("x")).matches()) {
				job(m.group("x") + " " + m.group("rest"), 0.75, false, out);
			}
		});
		// "im in grade 11 and want to study medicine at McGill", "I'm in year 12", "I'm in my final year of uni"
		rule("^" + I_AM + "\\s+(?:currently\\s+|now\\s+)?in\\s+(?<g>(?:grade|year|form)\\s+\\d{1,2}|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)\\s+grade|my\\s+(?:first|second|third|fourth|final|last)\\s+year(?:\\s+(?:of|at)\\s+(?:uni|university|college|school|high school|my degree|med school|law school))?)\\b(?<rest>.*)", (m, out) -> {
			String year = lower(m.group("g"));
			if (compiled("(?i)^\\s+(?:at|in|for|on)\\s+(?!school|high school|secondary|primary|uni|university|college|sixth form)").matcher(m.group("rest")).find()) {
				return; // "grade 5 at piano" is a music grade, not a school year
			}
			// "I'm in my second year of nursing": what the year is of belongs to it, and the year is theirs
			Matcher of = compiled("^\\s+(?:of|studying|doing)\\s+(?<f>\\p{L}[\\p{L} ]{1,30}?)(?=\\s*$|\\s*[,.;!]|\\s+(?:and|so|but|at|in|now)\\b)", FLAGS).matcher(m.group("rest"));
			if (year.startsWith("my ") && of.find()) {
				year = year + " of " + lower(of.group("f"));
			}
			year = compiled("^my\\s").matcher(year).replaceFirst("their ");
			out.accept(fact(PROFESSIONAL, "education", "education_level", "Is in " + year, year, Map.of("level", year), 0.75, true));
			Matcher wants = compiled("^\\s+and\\s+(?:i\\s+)?(?:want|hope|plan|would like|'d like|am hoping|am planning)\\s+to\\s+(?<x>.+)", FLAGS).matcher(m.group("rest"));
			if (wants.find()) {
				studyGoal(wants.group("x"), out);
			}
		});
		// "new year new me — going to finally get my driving licence this year": a resolution as a fragment, known by its horizon
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:going to|gonna)\\s+(?:finally\\s+|actually\\s+)?(?<x>.+?)\\s+(?<h>this year|next year|in 20\\d\\d|by 20\\d\\d|by the end of the year|before i turn \\d+|one day|someday)\\b", FLAGS).matcher(clause);
			int at = original.indexOf(clause);
			if (m.find() && at >= 0 && !SOMEONE_ELSE.matcher(original.substring(0, at)).find()
					&& (compiled("(?i)\\bfinally\\b").matcher(m.group(0)).find() || !compiled("(?i)one day|someday").matcher(m.group("h")).matches())) {
				goal(m.group("x"), 0.65, true, out); // the words before it ("new year new me —") name no one else
			}
		});
		// "I've played the cello since I was 8", "I've been playing chess for years": a pastime kept up
		rule("^i(?:'ve|\\s+have)\\s+(?:been\\s+playing|played)\\s+(?<x>(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:since|for)\\s+(?:i was|years|ages|decades|\\d+|a (?:few|couple)|my whole life|most of my life|over|about|around|like)\\b", (m, out) -> {
			String object = m.group("x");
			if (!isJunk(object) && !compiled("(?i)^(?:with|on|at|around|about|it|this|that|them|games?|the game)\\b").matcher(object).find()) {
				String subject = topic(object);
				out.accept(fact(INTERESTS, "activity", "interest_" + slug(lower(subject)), "Plays " + object, subject, Map.of("topic", subject, "activity", "play"), 0.7, false, 1));
			}
		});
		// "I'm a season ticket holder at Celtic", "season ticket holder for the Leafs": a fan of the club
		rule("^(?:" + I_AM + "\\s+)?(?:an?\\s+)?(?:long[- ]time\\s+|proud\\s+)?season[- ]ticket\\s+holder\\s+(?:at|for|with)\\s+(?:the\\s+)?(?<x>(?-i:\\p{Lu})[\\p{L}'.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}'.-]*)*)", (m, out) -> {
			String club = m.group("x");
			out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(lower(club)), "Is a season ticket holder at " + club, club, Map.of("topic", club, "strength", "strong"), 0.75, false, 1));
		});
		// "I'm doing an apprenticeship in plumbing", "I'm on a graduate scheme at Unilever"
		rule("^" + I_AM + "\\s+(?:currently\\s+|now\\s+)?(?:doing|on|starting|halfway through)\\s+(?:an?|my)\\s+(?<k>apprenticeship|traineeship|internship|graduate scheme|residency|placement)\\s+(?:in|as an?)\\s+(?<x>(?-i:\\p{Ll})[\\p{Ll}-]+(?:\\s+(?!at\\b|with\\b|in\\b|and\\b)(?-i:\\p{Ll})[\\p{Ll}-]+)?)", (m, out) -> {
			String kind = lower(m.group("k"));
			String field = lower(m.group("x"));
			if (!isJunk(field)) {
				out.accept(fact(PROFESSIONAL, "education", "training", "Is doing " + article(kind) + " " + kind + " in " + field, field, Map.of("training", kind, "field", field), 0.75, true));
			}
		});
		// "we speak Spanish at home", "we mostly speak Urdu at home": the household's language is the writer's
		rule("(?:^|\\bso\\s+|,\\s*)we\\s+(?:mostly\\s+|mainly\\s+|only\\s+|usually\\s+|all\\s+)?speak\\s+(?<x>[\\p{L} ,&]+?)\\s+at\\s+home\\b", (m, out) -> languages(m.group("x"), out));
		// "I just got into stoicism and loving it", "I've got really into birding lately"
		rule("^(?:i|i've|i have|we|we've)\\s+(?:just\\s+|recently\\s+|really\\s+|finally\\s+|properly\\s+|lately\\s+)*(?:got|gotten|been getting|started getting)\\s+(?:really\\s+|properly\\s+|seriously\\s+|very\\s+|big\\s+)?into\\s+(?<x>.+)", (m, out) -> {
			String x = compiled("(?i)\\s+(?:and|&)\\s+(?:i'm\\s+|am\\s+)?(?:loving|enjoying|love|obsessed)\\b.*$").matcher(m.group("x")).replaceFirst("");
			if (!compiled("(?i)^(?:trouble|debt|a |an |the |my |your |some |it|this|that|them|there|here|bed|work|town)\\b").matcher(x).find()
					&& !Places.known(phrase(x) == null ? x : phrase(x)) && !ADMITTED_TO.matcher(x).find()) { // "I got into Oxford!" is a place at a school
				interestsIn(x, out);
			}
		});
		// "kinda obsessed w/ sourdough baking rn": "w/" for "with"
		rule("^(?:(?:kinda|kind of|sorta|sort of|really|totally|so|a bit|pretty|low[- ]?key|lowkey|lowkey)\\s+)?obsessed\\s+w/\\s*(?<x>.+)", (m, out) -> interestsIn(m.group("x"), out));
		// "I play golf off a 14 handicap", "I play off scratch": golf said with the handicap
		rule("^i\\s+(?:also\\s+|still\\s+)?play\\s+(?:golf\\s+)?off\\s+(?:a\\s+|an\\s+)?(?:\\d{1,2}|scratch|plus\\s+\\d)\\b", (m, out) -> out.accept(fact(INTERESTS, "activity", "interest_golf",
				"Plays golf" + handicap(m.group(0)), "golf", Map.of("topic", "golf", "activity", "play"), 0.75, false, 1)));
		// "golden retriever, 10 weeks", "Cockapoo, 2 years old": a pet's breed with its age, opening its sentence
		fragment("^(?:(?:a|an|my|our)\\s+)?(?:new\\s+)?(?<x>(?:golden|labrador|chocolate|black|yellow|border|cocker|springer|jack russell|german|french|english|king charles|cavalier|miniature|toy|standard)?\\s*(?:retriever|labrador|lab|spaniel|terrier|collie|poodle|greyhound|beagle|dachshund|pug|bulldog|shepherd|whippet|lurcher|husky|cockapoo|cavapoo|labradoodle|goldendoodle|schnauzer|corgi|chihuahua|staffie|staffy|vizsla|weimaraner|boxer|rottweiler|doberman|maine coon|ragdoll|siamese|bengal|persian|sphynx))"
				+ "\\s*,\\s*(?<a>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\s*(?:weeks?|wks?|months?|mos?|years?|yrs?)(?:\\s+old)?\\s*$", (m, out) -> {
					String breed = lower(m.group("x").strip());
					out.accept(fact(PERSONAL, "pet", "pet_" + slug(breed), "Has a " + breed, breed, Map.of("relation", breed), 0.7, false));
				});
		// "j'ai un chien, un beagle de 3 ans", "tengo un gato", "ich habe einen Hund": pets in the writer's own language
		rule("(?:^|,\\s*|\\b(?:et|y|e|und|en)\\s+)(?:j'ai|tengo|tenho|ho|ich habe|ik heb)\\s+(?:un|une|deux|trois|uno|una|dos|tres|um|uma|dois|einen|eine|zwei|een|twee)\\s+(?<x>chien|chienne|chat|chatte|chiens|chats|perro|perra|gato|gata|perros|gatos|cão|cachorro|cane|gatto|hund|katze|hond|kat)\\b(?:\\s*,\\s*(?:un|une|uno|una|um|uma|ein|eine|een)\\s+(?<b>\\p{L}+(?:\\s+\\p{L}+)?)\\s+(?:de|di|von|van)\\s+\\d)?", (m, out) -> {
			String pet = PET_WORDS.getOrDefault(lower(m.group("x")), "pet");
			String breed = m.group("b") == null ? null : lower(m.group("b"));
			out.accept(fact(PERSONAL, "pet", "pet_" + pet, "Has a " + pet + (breed == null ? "" : " (" + breed + ")"), breed == null ? pet : breed,
					breed == null ? Map.of("relation", pet) : Map.of("relation", pet, "breed", breed), 0.7, false));
		});
		// "hey i'm jake, 22, from austin": a lower-case introduction, known as one by the age after it
		rule("^" + I_AM + "\\s+(?<x>\\p{L}[\\p{L}'-]{1,20}),\\s*(?<a>\\d{2})\\s*(?:,|$)", (m, out) -> {
			String name = capitalise(lower(m.group("x")));
			if (!NOT_NAMES.contains(lower(name)) && !Lexicon.LANGUAGES.contains(lower(name)) && !NATIONALITIES.contains(lower(name)) && !compiled("(?i)\\p{L}+(?:ing|ed|ly)").matcher(name).matches()) {
				name(name, 0.7, out);
				age(m.group("a"), out);
			}
		});
		// "I speak Cantonese and Mandarin better than English": the languages they speak best
		rule("^i\\s+(?:can\\s+)?speak\\s+(?<x>.+?)\\s+better\\s+than\\s+(?<y>\\p{L}+)\\b", (m, out) -> languages(m.group("x"), out));
		// "a freelance translator (FR/DE/EN)", "interpreter, EN/ES": the languages of a translator's work, as codes
		rule("^" + I_AM + "\\s+(?:an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:translator|interpreter|linguist)\\s*(?:\\(|,\\s*)(?<x>(?-i:[A-Z]{2})(?:\\s*[/,>-]\\s*(?-i:[A-Z]{2})){1,4})\\)?", (m, out) -> {
			List<String> named = new ArrayList<>();
			for (String code : compiled("\\s*[/,>-]\\s*").split(m.group("x"))) {
				String language = LANGUAGE_CODES.get(code);
				if (language == null) {
					return;
				}
				named.add(language);
			}
			out.accept(fact(PERSONAL, "language", "language_" + slug(String.join(" ", named)), "Speaks " + String.join(", ", named) + " (" + m.group("x") + ")", String.join(", ", named),
					Map.of("languages", named), 0.75, false));
		});
	}

	/** What says a car or pet is no longer theirs: "I sold my Civic", "my cat Luna died". */
	private static final Pattern GONE_BEFORE = Pattern.compile("\\b(?:sold|selling|traded in|trading in|scrapped|got rid of|used to (?:have|own|drive)|wrote off|written off|totall?ed|lost|crashed)\\s+$", FLAGS);
	private static final Pattern GONE_AFTER = Pattern.compile("\\s*(?:,\\s*)?(?:(?:sadly|recently|just)\\s+)?(?:died|passed|passed away|was put down|was put to sleep|went missing|is gone|was stolen|got stolen|was written off|was sold|is no more)\\b", FLAGS);
	/** Schools one is admitted to: "got into Oxford", "got into med school". */
	private static final Pattern ADMITTED_TO = Pattern.compile("^(?:oxford|cambridge|harvard|yale|stanford|mit|princeton|ucl|lse|imperial|mcgill|berkeley|columbia|cornell|uni|university|college|med school|law school|grad school|school|nursing school|the (?:course|program|programme|team|final|squad))\\b|\\b(?:university|college|academy|institute)\\b", FLAGS);
	private static final Pattern WORK_FIELD = Pattern.compile("(?:Marketing|Sales|Finance|Retail|Healthcare|Health|Tech|Technology|Education|Construction|Hospitality|Logistics|Operations|Admin|Insurance|Banking|Media|Publishing|Fashion|Property|Recruitment|Government|Pharma|Accounts|Compliance|Legal|Procurement|Security|Software|Aviation|Catering|Customer Service|Social Care|Real Estate|Public Health|Food|Music|Film|Theatre|Tourism|Transport|Manufacturing|Energy|Oil|Mining|Agriculture|Defence|Consulting|Advertising|Pr|Ux|Qa)");
	private static final Map<String, String> PET_WORDS = Map.ofEntries(Map.entry("chien", "dog"), Map.entry("chienne", "dog"), Map.entry("chiens", "dog"),
			Map.entry("chat", "cat"), Map.entry("chatte", "cat"), Map.entry("chats", "cat"), Map.entry("perro", "dog"), Map.entry("perra", "dog"), Map.entry("perros", "dog"),
			Map.entry("gato", "cat"), Map.entry("gata", "cat"), Map.entry("gatos", "cat"), Map.entry("cão", "dog"), Map.entry("cachorro", "dog"), Map.entry("cane", "dog"),
			Map.entry("gatto", "cat"), Map.entry("hund", "dog"), Map.entry("katze", "cat"), Map.entry("hond", "dog"), Map.entry("kat", "cat"));
	private static final Map<String, String> LANGUAGE_CODES = Map.ofEntries(Map.entry("EN", "English"), Map.entry("FR", "French"), Map.entry("DE", "German"),
			Map.entry("ES", "Spanish"), Map.entry("IT", "Italian"), Map.entry("PT", "Portuguese"), Map.entry("NL", "Dutch"), Map.entry("PL", "Polish"),
			Map.entry("RU", "Russian"), Map.entry("ZH", "Chinese"), Map.entry("JA", "Japanese"), Map.entry("JP", "Japanese"), Map.entry("KO", "Korean"),
			Map.entry("AR", "Arabic"), Map.entry("TR", "Turkish"), Map.entry("SV", "Swedish"), Map.entry("DA", "Danish"), Map.entry("NO", "Norwegian"),
			Map.entry("FI", "Finnish"), Map.entry("EL", "Greek"), Map.entry("CS", "Czech"), Map.entry("HU", "Hungarian"), Map.entry("RO", "Romanian"),
			Map.entry("UK", "Ukrainian"), Map.entry("HE", "Hebrew"), Map.entry("HI", "Hindi"), Map.entry("CA", "Catalan"));
	/** "I'm a Muslim so halal only": a faith given as the reason for a request. */
	private static final Pattern FAITH_AS_REASON = Pattern.compile("\\b(?:muslim|hindu|sikh|buddhist|jew|jewish|catholic|jain)\\s*,?\\s+(?:so|hence|which means)\\b", FLAGS);

	/** " off a 14 handicap" said as "(14 handicap)". */
	private static String handicap(String said) {
		Matcher m = compiled("off\\s+(?:a\\s+|an\\s+)?(?<h>\\d{1,2}|scratch|plus\\s+\\d)", FLAGS).matcher(said);
		return m.find() ? " (" + ("scratch".equalsIgnoreCase(m.group("h")) ? "scratch" : m.group("h") + " handicap") + ")" : "";
	}

	/** "study medicine at McGill": the field and the school they aim for, as goals. */
	private static void studyGoal(String raw, Consumer<ExtractedFact> out) {
		Matcher m = compiled("^(?:study|do|read|get into|go to|apply (?:to|for))\\s+(?<f>(?-i:\\p{Ll}+(?:\\s+(?!at\\b|in\\b|and\\b)\\p{Ll}+)?))(?:\\s+at\\s+(?<o>(?-i:\\p{Lu})[\\p{L}'&.-]*(?:\\s+(?:of\\s+)?(?-i:\\p{Lu})[\\p{L}'&.-]*)*))?", FLAGS).matcher(raw.strip());
		if (!m.find() || isJunk(m.group("f"))) {
			goal(raw, 0.7, true, out);
			return;
		}
		String field = lower(m.group("f"));
		String school = m.group("o");
		out.accept(fact(GOALS, "goal", "goal_study_" + slug(field), "Wants to study " + field, field, Map.of("goal", "study " + field), 0.7, false));
		if (school != null) {
			out.accept(fact(GOALS, "goal", "goal_" + slug(school), "Wants to study at " + school, school, Map.of("goal", "study at " + school), 0.7, false));
		}
	}

	/**
	 * The fifth round's people forms, from three outside writers: the writer's own language ("j'habite à Lyon", "soy de
	 * Valencia", "ich bin Lehrerin"), an introduction with its place or age ("Marek here from Kraków", "I'm Sofia, 29"),
	 * heights, the form of address that is also a name, family said in passing ("my two kids", "with the kids", "my pug
	 * Biscuit", "before my wedding"), and work said on the way ("a new job at Shopify", "in the audit team", "I work
	 * full-time", "my shift at the hospital", "I run a small pizzeria", "we're a 12-person dev shop").
	 */
	private void roundFivePeople() {
		// Places in the writer's own language: "j'habite à Lyon", "vivo en Dublín", "ich wohne jetzt in Bremen", "je suis à Dakar"
		rule("(?:^|,\\s*|\\b(?:pero|y|e|mais|et|aber|und|ma|maar|en)\\s+)(?:j'habite|je vis|je réside|j'vis|vivo|resido|moro|abito|ich wohne|ich lebe|wohne|ik woon|jag bor|mieszkam)\\s+"
				+ "(?:actuellement\\s+|maintenant\\s+|ahora\\s+|jetzt\\s+|agora\\s+|ora\\s+|nu\\s+|depuis peu\\s+)?(?:à|a|en|au|in|em|no|na|nel|nella|w|i)\\s+" + PROPER_PLACE,
				(m, out) -> livesIn(m.group("x"), out));
		rule("^" + FOREIGN_GREETING + "(?:je suis|j'suis|estoy|sono|estou)\\s+(?:actuellement\\s+|en ce moment\\s+|ahora\\s+|ora\\s+|agora\\s+)?(?:à|a|en|in|em)\\s+" + PROPER_PLACE,
				(m, out) -> livesIn(m.group("x"), out));
		rule("(?:^|,\\s*|\\b(?:pero|y|e|mais|et|aber|und|ma|maar|en)\\s+)(?:soy|je suis|je viens|sono|sou|eu sou|vengo|venho|ich komme|ik kom)\\s+(?:originaire\\s+|originario\\s+|originaria\\s+|originalmente\\s+|ursprünglich\\s+)?(?:de|d'|di|da|do|aus|uit)\\s*" + PROPER_PLACE, (m, out) -> {
			String place = m.group("x");
			if (!NOT_A_PLACE.contains(lower(place)) && !NOT_A_DAY_NAME.contains(lower(place))) {
				out.accept(fact(PERSONAL, "origin", "origin", "Is from " + place, place, Map.of("place", place), 0.75, true));
			}
		});
		// Age and children said other ways: "I'm in my early 30s", "I'm a woman in my 50s", "I have a 3-year-old", "42F here"
		rule("^" + I_AM + "\\s+(?:now\\s+)?(?:an?\\s+(?:woman|man|guy|girl|lady|bloke|person|mum|mom|dad|grandma|grandad|grandpa)\\s+)?in\\s+my\\s+(?:(?<w>early|mid|late)[- ]?)?(?<n>[1-9]0)'?s\\b", (m, out) -> {
			String said = (m.group("w") == null ? "" : lower(m.group("w")) + " ") + m.group("n") + "s";
			out.accept(fact(PERSONAL, "age", "age", "Is in their " + said, said, Map.of("age_range", said), 0.7, true));
		});
		rule("^(?:i|we)\\s+(?:have|'ve got|have got|'ve)\\s+(?:a|an|one)\\s+(?<a>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?<u>year|month|week)s?[- ]old(?!\\s+(?:car|house|laptop|phone|boiler|dog|cat|\\p{L}+\\s+(?:car|model)))(?=\\s*$|\\s*[,.;!]|\\s+(?:and|so|but|who|at|in)\\b)", (m, out) -> {
			String child = lower(m.group("a")) + "-" + lower(m.group("u")) + "-old";
			out.accept(fact(PERSONAL, "family", "family_child", "Has a " + child, child, Map.of("relation", "child", "age", child), 0.7, false));
		});
		rule("^(?<n>\\d{2})\\s?(?:[mf]|nb)\\s+here\\b|^as\\s+an?\\s+(?<a>\\d{2})[- ]year[- ]old(?=\\s*,|\\s*$|\\s+(?:i|i'm|woman|man|guy|girl|lady|mum|mom|dad|male|female|person|with|who|and|myself|beginner|runner)\\b)", (m, out) -> age(m.group("n") != null ? m.group("n") : m.group("a"), out));
		rule("^my\\s+\\p{L}+\\s+and\\s+i\\s+(?:have|'ve got|have got)\\s+(?<n>two|three|four|five|six|\\d)\\s+(?<x>" + FAMILY_NOUNS + ")\\b", (m, out) -> {
			String noun = lower(m.group("x"));
			String n = lower(m.group("n"));
			out.accept(fact(PERSONAL, "family", "family_" + slug(singular(noun)), "Has " + n + " " + noun, n + " " + noun, Map.of("relation", singular(noun), "count", count(n)), 0.75, false));
		});
		// Work said other ways: "I do freelance web design", "I'm in the army", "I'm on maternity leave", "I'm job hunting"
		rule("^i\\s+do\\s+(?<k>freelance|contract|part-time|part time|full-time|full time)\\s+(?<x>\\p{Ll}[\\p{Ll}-]+(?:\\s+\\p{Ll}[\\p{Ll}-]+){0,2}?)(?=\\s*$|\\s*[,.;!]|\\s+(?:for|and|so|but|work|now|these days|on the side|from home)\\b)", (m, out) -> {
			String what = lower(m.group("x"));
			if (!isJunk(what)) {
				String said = lower(m.group("k")).replace(' ', '-') + " " + what;
				out.accept(fact(PROFESSIONAL, "job", "job", "Does " + said, said, Map.of("title", said), 0.7, true));
			}
		});
		rule("^" + I_AM + "\\s+(?:currently\\s+|still\\s+)?(?:serving\\s+)?in\\s+the\\s+(?<x>army|navy|air force|raf|marines|military|police|fire service|coast guard|reserves)\\b(?!\\s+(?:station|car|van|queue|file|office|cells?|surplus|shop|museum))", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(PROFESSIONAL, "job", "job", "Serves in the " + what, what, Map.of("title", what), 0.75, true));
		});
		rule("^" + I_AM + "\\s+(?:currently\\s+|now\\s+)?on\\s+(?:(?<x>maternity|paternity|parental|sick|medical|long-term sick)\\s+leave|(?<s>sabbatical))\\b", (m, out) -> {
			String what = m.group("x") != null ? lower(m.group("x")) + " leave" : "sabbatical";
			out.accept(fact(PROFESSIONAL, "employment", "employment_status", "Is on " + what, what, Map.of("status", what), 0.7, true));
		});
		rule("^" + I_AM + "\\s+(?:currently\\s+|still\\s+|now\\s+)?(?:job[- ]hunting|looking for (?:a job|work|a new job)|out of work)(?=\\s*$|\\s*[,.;!]|\\s+(?:so|and|but|at the moment|right now|atm|since|after)\\b)", (m, out) -> out.accept(fact(PROFESSIONAL,
				"employment", "employment_status", "Is looking for work", "looking for work", Map.of("status", "looking for work"), 0.7, true)));
		// Where they study said short: "I'm at Leeds uni", "I'm doing my A-levels"
		rule("^" + I_AM + "\\s+(?:a\\s+student\\s+)?at\\s+(?<x>(?-i:\\p{Lu})[\\p{L}'&.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}'&.-]*)*\\s+(?:uni|university|college|poly))\\b", (m, out) -> {
			String school = m.group("x");
			out.accept(fact(PROFESSIONAL, "education", "education_institution", "Studies at " + school, school, Map.of("institution", school), 0.75, true));
		});
		rule("^" + I_AM + "\\s+(?:currently\\s+)?(?:doing|taking|sitting|studying for)\\s+my\\s+(?<x>a[- ]levels|gcses|highers|ib|leaving cert|baccalaureate|bac|abitur|matric|finals|bar exams?|boards)\\b", (m, out) -> {
			String what = m.group("x");
			out.accept(fact(PROFESSIONAL, "education", "education_" + slug(what), "Is studying for " + what, what, Map.of("studying_for", what), 0.7, true));
		});
		// Studies finished: "I just graduated from Leeds Uni", "I graduated in law last year"
		rule("^i\\s+(?:just\\s+|recently\\s+|finally\\s+|have\\s+|'ve\\s+)?graduated\\s+(?:from\\s+(?<s>(?-i:\\p{Lu})[\\p{L}'&.-]*(?:\\s+(?:of\\s+)?(?-i:\\p{Lu})[\\p{L}'&.-]*)*)|in\\s+(?<f>\\p{Ll}+(?:\\s+(?!last|this|in|from|at|and|so|with)\\p{Ll}+)?))", (m, out) -> {
			String what = m.group("s") != null ? m.group("s") : lower(m.group("f"));
			out.accept(fact(PROFESSIONAL, "education", m.group("s") != null ? "education_institution" : "field_of_study", "Graduated " + (m.group("s") != null ? "from " : "in ") + what, what,
					Map.of(m.group("s") != null ? "institution" : "field", what, "graduated", true), 0.75, true));
		});
		// "I teach at a primary school in Hull": a teacher, and where
		rule("^i\\s+(?:teach|lecture|tutor)\\s+at\\s+(?<x>an?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:school|college|university|uni|academy|nursery|sixth form|studio|gym|language school|conservatoire)|(?-i:\\p{Lu})[\\p{L}'&.-]*(?:\\s+(?:of\\s+)?(?-i:\\p{Lu})[\\p{L}'&.-]*)*)", (m, out) -> {
			String where = m.group("x").strip();
			if (NOT_A_PLACE.contains(lower(where)) || NOT_A_DAY_NAME.contains(lower(where))) {
				return;
			}
			out.accept(fact(PROFESSIONAL, "job", "job", "Teaches at " + where, "teacher", Map.of("title", "teacher", "workplace", where), 0.75, true));
		});
		// A name put right: "My name isn't John, it's Jon"
		rule("^my\\s+name(?:'s|\\s+is)?\\s+(?:isn't|is not|not)\\s+\\p{L}+\\s*,?\\s+(?:it's|it is)\\s+(?<x>(?-i:\\p{Lu}\\p{Ll}+))(?=\\s*$|\\s*[,.!])", (m, out) -> name(m.group("x"), 0.8, out));
		// Jobs in the writer's own language: "ich bin Lehrerin", "je suis étudiant à Montréal", "soy enfermera"
		rule("^" + FOREIGN_GREETING + "(?:je suis|j'suis|ich bin|soy|sono|sou|eu sou|ik ben)\\s+(?:un\\s+|une\\s+|ein\\s+|eine\\s+|uno\\s+|una\\s+|um\\s+|uma\\s+|een\\s+)?(?<x>\\p{L}+)(?<rest>.*)", (m, out) -> {
			String word = lower(m.group("x"));
			String english = FOREIGN_OCCUPATIONS.get(word);
			if (FOREIGN_RETIRED.matcher(word).matches()) {
				out.accept(fact(PROFESSIONAL, "employment", "employment_status", "Is retired (" + word + ")", "retired", Map.of("status", "retired"), 0.75, true));
				return;
			}
			if (english == null) {
				return;
			}
			out.accept(fact(PROFESSIONAL, "job", "job", "Works as " + article(word) + " " + word + " (" + english + ")", word,
					Map.of("title", english, "said", word), 0.75, true));
			Matcher where = compiled("^\\s+(?:à|a|en|in|em|au)\\s+" + PROPER_PLACE, FLAGS).matcher(m.group("rest"));
			if (where.find()) {
				livesIn(where.group("x"), out);
			}
		});
		// An introduction with where they are from: "Marek here from Kraków", "i am Arjun from Pune, working as data analyst"
		rule("^(?<n>(?-i:\\p{Lu}\\p{Ll}+))\\s+here\\s+from\\s+" + PROPER_PLACE, (m, out) -> {
			if (NOT_A_NAME_HERE.contains(lower(m.group("n"))) || lower(m.group("n")).matches("moved|relocated|came|come|arrived|born|raised|back|just|originally|new|also|still|now|.{3,}ing")) {
				return; // "Moved here from Brazil" is no name
			}
			name(m.group("n"), 0.7, out);
			if (!NOT_A_PLACE.contains(lower(m.group("x")))) {
				out.accept(fact(PERSONAL, "origin", "origin", "Is from " + m.group("x"), m.group("x"), Map.of("place", m.group("x")), 0.7, true));
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^" + I_AM + "\\s+(?<n>(?-i:\\p{Lu}\\p{Ll}+))\\s+from\\s+" + PROPER_PLACE + "(?=\\s*$|\\s*[,.!;]|\\s+(?:and|but|so|here|working|living|originally)\\b)", FLAGS).matcher(clause);
			if (!m.find() || !opensSentence(clause, original) || NATIONALITIES.contains(lower(m.group("n"))) || NOT_A_PLACE.contains(lower(m.group("x")))
					|| compiled("\\b(?:calling|ringing|on behalf|team|department|accounts|support)\\b", FLAGS).matcher(clause).find()) {
				return;
			}
			name(m.group("n"), 0.7, out);
			out.accept(fact(PERSONAL, "origin", "origin", "Is from " + m.group("x"), m.group("x"), Map.of("place", m.group("x")), 0.7, true));
		});
		rules.add((clause, original, out) -> {
			// "..., working as data analyst in Infosys": a job said on the way in the writer's own clause
			Matcher m = compiled(",\\s*(?:working|employed|currently working)\\s+as\\s+(?:an?\\s+)?(?<x>[^,]+)", FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original) && !SOMEONE_ELSE.matcher(clause.substring(0, m.start())).find()) {
				job(m.group("x"), 0.75, true, out);
			}
		});
		rule("^i\\s+work(?:ing)?\\s+like\\s+(?:an?\\s+)?(?<x>.+)", (m, out) -> job(m.group("x"), 0.7, true, out)); // "I work like Uber driver"
		// An age after the name, and an age with "years" alone: "I'm Sofia, 29, from Milan", "I am 58 years and ..."
		rule("^" + I_AM + "\\s+(?-i:\\p{Lu}\\p{Ll}+),\\s*(?<n>\\d{2})(?:\\s*(?:yo|y/o|years old|yrs))?(?=\\s*[,.!]|\\s*$|\\s+and\\b)", (m, out) -> age(m.group("n"), out));
		rule("^" + I_AM + "\\s+(?<n>\\d{2})\\s+(?:years|yrs)(?=\\s*$|\\s*[,.!;]|\\s+(?:and|so|but|now)\\b)", (m, out) -> age(m.group("n"), out));
		// Height: "I'm 1.95m", "I'm only 5'1", "I'm 180cm"
		rule("^" + I_AM + "\\s+(?:only\\s+|just\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|over\\s+)?(?<h>\\d[.,]\\d{1,2}\\s?m|1\\d{2}\\s?cm|[4-7]'\\s?\\d{1,2}(?:\"|'')?|[4-7]'|[4-7]\\s?(?:foot|ft)(?:\\s?\\d{1,2}(?:\\s?(?:in|inches|\"))?)?)"
				+ "(?=\\s*$|\\s*[,.!;]|\\s+(?:and|so|but|tall|with|which)\\b)", (m, out) -> {
					String height = m.group("h").replaceAll("\\s+", " ");
					out.accept(fact(PERSONAL, "height", "height", "Is " + height + " tall", height, Map.of("height", height), 0.75, true));
				});
		// A form of address is also their name: "Please address me as Dr. Okafor"
		rule("^(?:(?:please|pls|kindly)\\s+)?(?:address me as|refer to me as)\\s+(?<t>(?:dr|mr|mrs|ms|mx|prof|professor|miss)\\.?\\s+)?(?<x>(?-i:\\p{Lu}[\\p{L}'-]+))", (m, out) -> {
			String x = m.group("x");
			if (NOT_NAMES.contains(lower(x)) || CALL_ME_NOT_A_NAME.contains(lower(x)) || Lexicon.LANGUAGES.contains(lower(x))) {
				return;
			}
			String said = (m.group("t") == null ? "" : m.group("t").strip().replaceFirst("^(\\p{L}+)$", "$1") + " ") + x;
			out.accept(fact(PERSONAL, "name", "name", "Name is " + said, said, Map.of("name", said), 0.7, true));
		});
		// Family said in passing: "my two kids", "with the kids", "after the kids are in bed", "my kitten Biscuit", "single mum"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?:my|our)\\s+(?<n>two|three|four|five|six|\\d)\\s+(?:(?:little|young|grown|grown-up|teenage|small|lovely|wonderful|crazy|wild|beautiful)\\s+)?(?<x>"
					+ FAMILY_NOUNS + "|dogs|cats|kittens|puppies|rabbits|horses)\\b", FLAGS).matcher(clause);
			if (m.find() && aboutWriter(original) && !REPORTED.matcher(original).find()) {
				String noun = lower(m.group("x"));
				boolean pet = noun.matches("dogs|cats|kittens|puppies|rabbits|horses");
				String n = lower(m.group("n"));
				out.accept(fact(PERSONAL, pet ? "pet" : "family", (pet ? "pet_" : "family_") + slug(singular(noun)), "Has " + n + " " + noun, n + " " + noun,
						Map.of("relation", singular(noun), "count", count(n)), 0.75, false));
			}
		});
		Pattern withFamily = compiled("^(?:i|we|i'm|we're|i am|we are|i've|we've)\\b[^,;]*?\\b(?:travel\\w*|fly\\w*|live|living|moved|moving|move|going|coming|come|stay\\w*|visit\\w*|holiday\\w*|camping|relocat\\w*|heading|went)\\b[^,;]*?"
				+ "\\bwith\\s+(?:my|our|the)\\s+(?:(?<n>two|three|four|five|\\d)\\s+)?(?:little\\s+|young\\s+)?(?<x>" + FAMILY_NOUNS + "|wife|husband|partner|boyfriend|girlfriend|bf|gf|son|daughter|baby|family|" + PET_NOUNS + ")\\b", FLAGS);
		rules.add((clause, original, out) -> {
			Matcher m = withFamily.matcher(clause);
			if (!m.find() || HYPOTHETICAL.matcher(original).find()) {
				return;
			}
			String noun = lower(m.group("x"));
			if (lower(m.group(0)).matches(".*\\bwith\\s+the\\s+.*") && !noun.matches(FAMILY_NOUNS)) {
				return; // "with the dog" may be anyone's, "with the kids" is the writer's family
			}
			boolean pet = noun.matches("(?:" + PET_NOUNS + ")") && !noun.matches(FAMILY_NOUNS);
			String n = m.group("n") == null ? null : lower(m.group("n"));
			String said = (n != null ? n + " " : noun.matches(FAMILY_NOUNS + "|family") ? "" : "a ") + noun;
			out.accept(fact(PERSONAL, pet ? "pet" : "family", (pet ? "pet_" : "family_") + slug(singular(noun)), "Has " + said, said,
					Map.of("relation", singular(noun)), 0.7, false));
		});
		rule("^(?:i|we|i'm|we're|i am|we are)\\b[^,;]*?\\b(?:after|once|when|before|until|till|while)\\s+(?:the|my|our)\\s+(?<x>kids|children|little ones|twins)\\s+(?:are|go|have|get|went|were|wake|wakes|woke|sleep|come|finish|leave)\\b", (m, out) -> {
			String noun = lower(m.group("x"));
			out.accept(fact(PERSONAL, "family", "family_" + slug(singular(noun)), "Has " + noun, noun, Map.of("relation", singular(noun)), 0.65, false));
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?:my|our)\\s+(?:(?:little|old|new|rescue|senior|baby|lovely|beautiful|young)\\s+|\\d+[- ](?:year|month)[- ]old\\s+)?(?<p>" + PET_NOUNS + ")\\s+(?<x>(?-i:\\p{Lu}\\p{Ll}+))\\b(?!\\s+(?:and|&)\\s+i\\b)", FLAGS).matcher(clause);
			if (!m.find() || !aboutWriter(original) && !lower(clause).matches("^(?:my|our)\\s+.*") || REPORTED.matcher(original).find()
					|| GONE_AFTER.matcher(clause.substring(m.end())).lookingAt()) {
				return; // "my cat Luna died last week" no longer has her
			}
			String x = m.group("x");
			if (NOT_NAMES.contains(lower(x)) || NOT_A_DAY_NAME.contains(lower(x)) || CALL_ME_NOT_A_NAME.contains(lower(x)) || Lexicon.LANGUAGES.contains(lower(x))) {
				return;
			}
			String noun = lower(m.group("p"));
			out.accept(fact(PERSONAL, "pet", "pet_" + slug(singular(noun)), "Has a " + noun + " named " + x + petBreed(clause.substring(m.end()), noun), noun,
					Map.of("relation", singular(noun), "count", 1, "name", x), 0.75, false));
		});
		rule("^" + I_AM + "\\s+(?:a\\s+)?(?<a>single|solo|lone)\\s+(?<r>mum|mom|dad|parent|mother|father)\\b", (m, out) -> {
			String role = lower(m.group("a")) + " " + lower(m.group("r"));
			out.accept(fact(PERSONAL, "family", "family_single_parent", "Is a " + role, role, Map.of("role", role), 0.75, false));
		});
		rule("^my\\s+(?<x>bf|gf|hubby|missus|other half|better half)\\s+and\\s+i\\b", (m, out) -> {
			String who = lower(m.group("x"));
			out.accept(fact(PERSONAL, "family", "family_" + slug(who), "Has a " + who, who, Map.of("relation", who), 0.7, false));
		});
		// A wedding of their own ahead: "lose 10kg before my wedding in June", "a suit for my wedding"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?:before|for|until|till|planning|organi[sz]ing|ahead of)\\s+(?:my|our)\\s+(?:own\\s+)?wedding\\b(?!\\s+(?:anniversary|ring|photos|video|album))(?<w>\\s+(?:in|on|next|this)\\s+\\p{L}+)?"
					+ "|^(?:my|our)\\s+wedding\\s+is\\s+(?<v>(?:in|on|next|this)\\s+\\p{L}+)", FLAGS).matcher(clause);
			if (!m.find() || !aboutWriter(original) && !lower(clause).matches("^(?:my|our)\\s+wedding\\b.*") || HYPOTHETICAL.matcher(original).find()) {
				return;
			}
			String when = m.group("w") != null ? m.group("w").strip() : m.group("v") != null ? m.group("v").strip() : null;
			out.accept(fact(PERSONAL, "life_event", "wedding", "Is getting married" + (when == null ? "" : " (wedding " + lower(when) + ")"), "wedding",
					when == null ? Map.of("event", "wedding") : Map.of("event", "wedding", "when", lower(when)), 0.7, true));
		});
		// Home: "I live alone", "I live on the 3rd floor", "my partner and I just bought our first house in Austin"
		rule("^(?:i|we)\\b(?:(?!\\b(?:don't|do not|no longer|never|not|if|when|would|might|used to|son|daughter|mum|mom|dad|father|mother|he|she|they)\\b)[^,;])*?\\blive\\s+(?<x>alone|on my own|by myself|on our own)\\b", (m, out) -> out.accept(fact(PERSONAL, "living_situation", "living_situation",
				"alone".equals(lower(m.group("x"))) ? "Lives alone" : "Lives alone (" + lower(m.group("x")) + ")", "live alone", Map.of("living", "alone"), 0.75, true)));
		rule("^(?:i|we)\\s+(?:now\\s+)?live\\s+(?:on|in)\\s+(?:the\\s+|a\\s+)?(?<x>(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|top|ground|basement)[- ]floor)(?:\\s+(?:flat|apartment))?\\b", (m, out) -> {
			String floor = lower(m.group("x"));
			out.accept(fact(PERSONAL, "home", "home_floor", "Lives on the " + floor, floor, Map.of("floor", floor), 0.75, true));
		});
		rule("^(?:i|we|my\\s+\\p{L}+\\s+and\\s+i)\\s+(?:just\\s+|recently\\s+|finally\\s+)?(?:bought|moved into)\\s+(?:our|my)\\s+first\\s+(?<x>house|home|flat|apartment|place|condo)\\b(?<rest>.*)", (m, out) -> {
			String home = "first " + lower(m.group("x"));
			out.accept(fact(PERSONAL, "home", "home", "Bought their " + home, home, Map.of("home", home), 0.7, true));
			Matcher in = compiled("^\\s+(?:in|near)\\s+" + PROPER_PLACE, FLAGS).matcher(m.group("rest"));
			if (in.find()) {
				livesIn(in.group("x"), out);
			}
		});
		// Traits and belief: "I'm left-handed", "As a Muslim I only eat halal"
		rule("^" + I_AM + "\\s+(?:an?\\s+)?(?<x>left-handed|left handed|lefty|leftie)\\b", (m, out) -> out.accept(fact(PERSONAL, "trait", "handedness",
				"Is left-handed", "left-handed", Map.of("handedness", "left"), 0.75, true)));
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:as\\s+an?|" + I_AM + "(?:\\s+an?)?)\\s+(?:practising\\s+|practicing\\s+|devout\\s+|observant\\s+)?(?<x>muslim|hindu|sikh|buddhist|jew|jewish|catholic|jain)\\b(?!\\s+(?:restaurant|business|shop|family|school|friend|charity|area|community|country|owned|store))", FLAGS).matcher(clause);
			if (!m.find() || FAITH_AS_REASON.matcher(original).find()) {
				return; // "I'm Muslim so halal only please": the diet is what the writers record, the faith only its reason
			}
			String faith = capitalise(lower(m.group("x")));
			out.accept(fact(PERSONAL, "religion", "religion", "Is " + faith, faith, Map.of("religion", faith), 0.7, true));
		});
		// Languages read, not spoken: "I can read German but reply in English"
		rule("^i\\s+(?:can\\s+)?(?:read|understand)\\s+(?:a (?:little|bit of)\\s+|some\\s+|basic\\s+)?(?<x>\\p{L}+)(?=\\s*$|\\s*[,.;!]|\\s+(?:but|and|ok|okay|fine|well|a bit|a little|fairly|pretty)\\b)", (m, out) -> {
			String language = lower(m.group("x"));
			if (Lexicon.LANGUAGES.contains(language)) {
				String name = capitalise(language);
				out.accept(fact(PERSONAL, "language", "language_" + language, "Reads " + name, name, Map.of("language", name, "level", "reads"), 0.7, false));
			}
		});
		// Work said on the way: "for a new job at Shopify", "in the audit team", "I work full-time", "my shift at the hospital"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?:a|my|the)\\s+(?:new\\s+|first\\s+)?(?:job|position|role|internship|placement)\\s+(?:at|with)\\s+(?<o>(?-i:\\p{Lu})[\\p{L}0-9&'.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}0-9&'.-]*)*)", FLAGS).matcher(clause);
			if (!m.find() || !clause.matches("(?i)^(?:i|i'm|im|i am|i've|ive|i'll|we|we're|we've|just|starting|started)\\b.*") && !lower(m.group(0)).startsWith("my ") || SOMEONE_ELSE.matcher(clause.substring(0, m.start()).replaceAll("(?i)\\bmy\\s+(?:new\\s+|first\\s+)?(?:job|position|role)\\b", "")).find()
					|| compiled("\\b(?:apply\\w*|interview\\w*|looking for|hoping|want|wanted|dream|offered|rejected|turned down|lost|quit|left)\\b", FLAGS).matcher(clause.substring(0, m.start())).find()) {
				return;
			}
			String company = m.group("o").replaceAll("[.]$", "");
			if (!NOT_A_PLACE.contains(lower(company)) && !NOT_A_DAY_NAME.contains(lower(company))) {
				out.accept(company(company));
			}
		});
		rule("^(?:i|i'm|i am)\\s+(?:work|working)\\s+(?:at|for|in)\\b.*?\\s+(?:in|on)\\s+the\\s+(?<t>(?!(?:same|other|main|new|old|whole)\\b)[\\p{L}&-]+(?:\\s+[\\p{L}&-]+)?)\\s+(?<k>team|department|dept)\\b"
				+ "|^i\\s+work\\s+(?:in|on)\\s+the\\s+(?<u>(?!(?:same|other|main|new|old|whole)\\b)[\\p{L}&-]+(?:\\s+[\\p{L}&-]+)?)\\s+(?<j>team|department|dept)\\b", (m, out) -> {
					String team = lower(m.group("t") != null ? m.group("t") : m.group("u"));
					String kind = lower(m.group("k") != null ? m.group("k") : m.group("j")).replace("dept", "department");
					out.accept(fact(PROFESSIONAL, "department", "department", "Works in the " + team + " " + kind, team, Map.of("department", team), 0.7, true));
				});
		rule("^i\\s+(?:also\\s+|currently\\s+|now\\s+|still\\s+)?work\\s+(?<x>full[- ]?time|part[- ]?time)(?=\\s*$|\\s*[,.;!]|\\s+(?:and|so|but|now|too|as well|hours|jobs?|these days|at the moment|from home|in|at|as)\\b)", (m, out) -> {
			String how = lower(m.group("x")).replaceFirst("[- ]?time$", "-time");
			out.accept(fact(PROFESSIONAL, "employment", "employment_hours", "Works " + how, how, Map.of("hours", how), 0.75, true));
		});
		rule("^i\\b[^,;]*?\\bmy\\s+(?:\\p{L}+\\s+)?shifts?\\s+(?:at|in)\\s+the\\s+(?<x>\\p{Ll}[\\p{Ll}-]+(?:\\s+(?!at|in|on|tonight|today|until|till|and|so|by)\\p{Ll}[\\p{Ll}-]+)?)", (m, out) -> {
			String where = lower(m.group("x"));
			if (!isJunk(where) && !where.matches("(?:moment|weekend|end|start|same)\\b.*")) {
				out.accept(fact(PROFESSIONAL, "workplace", "workplace", "Works at " + article(where) + " " + where, where, Map.of("workplace", where), 0.7, true));
			}
		});
		// A business of their own: "I run a small pizzeria in Naples", "(I run a flower shop in Ghent)", "I run a YouTube channel"
		rule("(?:^|\\(\\s*)(?:i|we)\\s+(?:run|own|have|started|opened)\\s+(?:a|an|my own|our own)\\s+"
				+ "(?<x>(?:(?:small|little|tiny|local|family|family-run|independent|busy|new)\\s+)*(?:[\\p{L}&-]+\\s+){0,2}?(?:pizzeria|bistro|deli|pub|food truck|b&b|guesthouse|guest house|gym|garage|workshop|channel|podcast|blog|newsletter|boutique|nursery|daycare|"
				+ "pharmacy|brewery|winery|vineyard|cattery|kennels|bookshop|bookstore|flower shop|shop|store|bakery|restaurant|cafe|café|business|salon|practice|studio|clinic|hotel|bar|farm|"
				+ "agency|startup|firm|consultancy|stall|takeaway|charity|surgery|dojo))(?=\\s*$|\\s*[,.;!)]|\\s+(?:in|on|out of|called|named|that|which|with|and|so|for|about|where|here|there|near|selling|making|doing)\\b)", (m, out) -> {
					String business = lower(m.group("x"));
					if (business.matches("(?:gym|shop|store|practice|studio|clinic|bar|surgery|garage|workshop|channel)") && lower(m.group(0)).matches(".*\\bhave\\b.*")) {
						return; // "I have a gym" may be one they go to
					}
					out.accept(fact(PROFESSIONAL, "business", "business", "Runs " + article(business) + " " + business, business, Map.of("business", business), 0.75, true));
				});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:we're|we are)\\s+(?:a|an)\\s+(?:(?:small|tiny|growing|family[- ]run|independent|young|busy|\\d+[- ]?(?:person|people|man|strong|seat))\\s+)*"
					+ "(?<x>(?:(?!team\\b)[\\p{Ll}-]+\\s+){0,2}?(?:dev shop|agency|studio|startup|firm|company|business|practice|restaurant|cafe|bakery|charity|clinic|consultancy|brewery|shop|store|hotel|nonprofit|non-profit|school|nursery))\\b"
					+ "|^(?:we're|we are)\\s+a\\s+team\\s+of\\s+\\d+\\s+[\\p{L}-]+\\s+(?:at|in)\\s+(?<w>an?\\s+.+)", FLAGS).matcher(clause);
			if (!m.find()) {
				return;
			}
			if (m.group("w") != null) {
				unnamedWorkplace(m.group("w"), out);
				return;
			}
			String where = lower(m.group("x"));
			out.accept(fact(PROFESSIONAL, "workplace", "workplace", "Works at " + article(where) + " " + where, where, Map.of("workplace", where), 0.7, true));
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^(?:our|my)\\s+(?:small\\s+|little\\s+|family\\s+)?(?<x>restaurant|cafe|café|bakery|shop|store|salon|clinic|practice|studio|hotel|bar|pub|farm|brewery|pizzeria|bistro)\\s+(?:does|has|is|sells|makes|serves|employs|needs|uses|runs|opens|takes|gets|seats)\\b", FLAGS).matcher(clause);
			if (m.find() && opensSentence(clause, original)) {
				String business = lower(m.group("x"));
				out.accept(fact(PROFESSIONAL, "business", "business", "Runs " + article(business) + " " + business + " (" + lower(m.group(0).split("\\s+")[0]) + " " + business + ")", business,
						Map.of("business", business), 0.65, true));
			}
		});
		rule("^(?:i|we)\\s+(?:make and\\s+|design and\\s+)?sell\\s+(?<x>[\\p{L} -]{3,40}?)\\s+(?:on|through|via|at)\\s+(?<p>etsy|ebay|amazon|shopify|instagram|depop|vinted|not on the high street|markets?|craft fairs?|farmers'? markets?|our (?:own )?(?:website|shop|stall))\\b", (m, out) -> {
			String what = lower(m.group("x"));
			if (!isJunk(what) && !what.matches("(?:it|them|my old|our old|some old|old|stuff|things)\\b.*")) {
				out.accept(fact(PROFESSIONAL, "business", "business", "Sells " + what + " on " + m.group("p"), what, Map.of("business", "sells " + what), 0.7, true));
			}
		});
		rule("^i\\s+(?:manage|run|operate|oversee)\\s+(?:a|our|the)\\s+(?<x>fleet\\s+of\\s+[\\p{L}0-9 -]{2,30}?|(?:[\\p{Ll}-]+\\s+)?(?:warehouse|depot|kitchen|hotel|salon|clinic|branch|site|lab|ward))(?=\\s*$|\\s*[,.;!]|\\s+(?:in|at|for|and|so|with)\\b)", (m, out) -> {
			String what = lower(m.group("x"));
			out.accept(fact(PROFESSIONAL, "job", "role", "Manages " + article(what) + " " + what, what, Map.of("manages", what), 0.7, true));
		});
		// "My wife and I are both retired", "we're a family of five (three kids under 8)"
		rule("^(?:my\\s+\\p{L}+\\s+and\\s+i|we)\\s+are\\s+(?:both\\s+|all\\s+|now\\s+)*(?:happily\\s+)?retired\\b", (m, out) -> out.accept(fact(PROFESSIONAL, "employment", "employment_status",
				"Is retired", "retired", Map.of("status", "retired"), 0.75, true)));
		rule("^(?:we're|we are)\\s+a\\s+family\\s+of\\s+(?<n>three|four|five|six|seven|eight|\\d)\\b(?<rest>.*)", (m, out) -> {
			String n = lower(m.group("n"));
			out.accept(fact(PERSONAL, "family", "family_size", "Is in a family of " + n, "family of " + n, Map.of("family_size", count(n)), 0.75, true));
			Matcher kids = compiled("^\\s*\\(\\s*(?:with\\s+)?(?<k>one|two|three|four|five|six|\\d)\\s+(?<x>kids|children|boys|girls|teenagers|teens|toddlers)\\b", FLAGS).matcher(m.group("rest"));
			if (kids.find()) {
				String k = lower(kids.group("k"));
				String noun = lower(kids.group("x"));
				out.accept(fact(PERSONAL, "family", "family_" + slug(singular(noun)), "Has " + k + " " + noun, k + " " + noun, Map.of("relation", singular(noun), "count", count(k)), 0.7, false));
			}
		});
		// Studies and tools said on the way: "moved to Leeds for a PhD in materials science", "mostly for coding in Python"
		rules.add((clause, original, out) -> {
			// "working on my PhD in marine biology", "in the final year of my degree in law"; without a field only "my": "moving to Toronto for my masters"
			Matcher m = compiled("\\b(?:for|doing|starting|finishing|writing up|halfway through|working on|studying for|(?:in|into)\\s+(?:the\\s+)?(?:first|second|third|fourth|final|last)\\s+year\\s+of)\\s+(?:(?<a>a|an)|my)\\s+"
					+ "(?<d>phd|ph\\.d\\.?|doctorate|masters?|master's|msc|mba|postdoc|degree)(?:\\s+in\\s+(?<f>\\p{L}+(?:\\s+(?!at\\b|in\\b|and\\b|so\\b|but\\b)\\p{Ll}+){0,2})|(?=\\s*$|\\s*[,.!;]|\\s+(?:at|and|so|but|next|this|in\\s+(?:september|october|january|the fall|the autumn)|from)\\b))", FLAGS).matcher(clause);
			if (m.find() && (m.group("f") != null || m.group("a") == null) && writersClause(clause, original) && !SOMEONE_ELSE.matcher(clause.substring(0, m.start())).find() && !HYPOTHETICAL.matcher(original).find()) {
				String degree = m.group("d").matches("(?i)phd|ph\\.d\\.?") ? "PhD" : m.group("d").matches("(?i)msc|mba") ? m.group("d").toUpperCase(Locale.ROOT) : lower(m.group("d"));
				String field = m.group("f") == null ? null : lower(m.group("f"));
				Matcher school = compiled("^\\s+at\\s+(?<o>(?-i:\\p{Lu})[\\p{L}'&.-]*(?:\\s+(?:of\\s+)?(?-i:\\p{Lu})[\\p{L}'&.-]*)*)", FLAGS).matcher(clause.substring(m.end()));
				String at = school.find() && !NOT_A_PLACE.contains(lower(school.group("o"))) ? school.group("o") : null; // the school belongs to the degree
				out.accept(fact(PROFESSIONAL, "education", "education_" + slug(degree), "Is doing a " + degree + (at == null ? "" : " at " + at), degree,
						at == null ? Map.of("degree", degree) : Map.of("degree", degree, "institution", at), 0.75, false));
				if (field != null) {
					out.accept(fact(PROFESSIONAL, "education", "field_of_study", "Studies " + field, field, Map.of("field", field), 0.7, true));
				}
			}
		});
		rules.add((clause, original, out) -> {
			Matcher m = compiled("\\b(?:coding|programming|developing|scripting)\\s+in\\s+(?<x>[\\p{L}+#.]+(?:\\s*(?:,|and|&)\\s*[\\p{L}+#.]+)*)", FLAGS).matcher(clause);
			if (m.find() && writersClause(clause, original) && !SOMEONE_ELSE.matcher(clause.substring(0, m.start())).find() && !HYPOTHETICAL.matcher(original).find()) {
				for (String tool : items(m.group("x"))) {
					if (TRADE_TOOLS.contains(lower(tool))) {
						out.accept(fact(PROFESSIONAL, "skill", "skill_" + slug(tool), "Is skilled in " + tool, tool, Map.of("skill", tool), 0.7, false));
					}
				}
			}
		});
		// Where a commute starts is home: "I cycle in to work from Clapham every day"
		rule("^i\\s+(?:usually\\s+|always\\s+|normally\\s+)?(?:commute|cycle|bike|drive|walk|ride|run|get the (?:train|bus|tube)|take the (?:train|bus|tube))\\s+(?:in\\s+|into\\s+)?(?:to\\s+(?:work|the office|uni|school|college)\\s+)?(?:in\\s+)?from\\s+" + PROPER_PLACE
				+ "(?=\\s*$|\\s*[,.;!]|\\s+(?:every|each|daily|and|so|most|on|to|into)\\b)", (m, out) -> livesIn(m.group("x"), out));
		// The size of their employer: "our company has 40 employees"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("(?:^|,\\s*|\\band\\s+)(?:our|my)\\s+(?<w>company|firm|business|practice|agency|startup|office|team|shop|restaurant|clinic|school)\\s+(?:has|employs|is)\\s+(?:about\\s+|around\\s+|over\\s+|nearly\\s+|almost\\s+|just\\s+)?(?<n>\\d[\\d,]*)(?:[- ]person)?\\s*(?<x>employees|staff|people|members|workers|engineers|developers|devs|nurses|teachers)?\\b", FLAGS).matcher(clause);
			if (m.find() && (m.group("x") != null || lower(m.group(0)).contains("-person")) && (writersClause(clause, original) || lower(clause).startsWith(lower(m.group(0).replaceFirst("^[,\\s]+", ""))))) {
				String size = m.group("n") + " " + (m.group("x") == null ? "people" : lower(m.group("x")));
				out.accept(fact(PROFESSIONAL, "company_size", "company_size", "Works at a " + lower(m.group("w")) + " of " + size, size, Map.of("size", size), 0.65, true));
			}
		});
		// "I'm an expat in Porto working in renewable energy"
		rules.add((clause, original, out) -> {
			Matcher m = compiled("^" + I_AM + "\\s+an?\\s+(?:\\p{L}+\\s+)?(?:expat|expatriate|immigrant|migrant|foreigner)\\s+(?:living\\s+|based\\s+)?in\\s+" + PROPER_PLACE + "(?<rest>.*)", FLAGS).matcher(clause);
			if (!m.find()) {
				return;
			}
			livesIn(m.group("x"), out);
			Matcher field = compiled("^,?\\s+(?:working|who works)\\s+in\\s+(?<f>(?!(?:the|a|an|my|our|this|that|here|there|home)\\b)\\p{Ll}[\\p{Ll}-]+(?:\\s+\\p{Ll}[\\p{Ll}-]+){0,2})\\s*$", FLAGS).matcher(m.group("rest"));
			if (field.find()) {
				String f = lower(field.group("f"));
				out.accept(fact(PROFESSIONAL, "industry", "industry", "Works in " + f, f, Map.of("industry", f), 0.7, true));
			}
		});
	}

	/** The job title a phrase opens with: "head chef need knives ..." is "head chef". */
	private static void occupationAtStart(String raw, double confidence, Consumer<ExtractedFact> out) {
		String[] parts = raw.strip().split("\\s+");
		for (int n = Math.min(4, parts.length); n >= 1; n--) {
			if (Lexicon.OCCUPATIONS.contains(singular(parts[n - 1].replaceAll("[^\\p{L}-]", "")))) {
				job(String.join(" ", java.util.Arrays.copyOf(parts, n)).replaceAll("[^\\p{L} -]", ""), confidence, true, out);
				return;
			}
		}
	}

	/** A tight budget and, in the same message, what it asks for ("budget's tight, anything under $50 a night?"): the amount is the budget. */
	private static void askedBudget(String text, Map<String, ExtractedFact> facts) {
		String tightKey = "budget|tight budget";
		if (!facts.containsKey(tightKey)) {
			return;
		}
		if (facts.values().stream().anyMatch(fact -> "budget".equals(fact.key()) && !"tight budget".equals(fact.subject()))) {
			facts.remove(tightKey); // "budget's tight, 800 max for the bike": the amount says more
			return;
		}
		Matcher asked = ASKED_UNDER.matcher(text);
		if (!asked.find()) {
			return;
		}
		List<ExtractedFact> amount = new ArrayList<>();
		budget(text.substring(asked.start("x")), amount::add);
		if (!amount.isEmpty()) {
			ExtractedFact fact = amount.get(0);
			facts.remove(tightKey);
			facts.putIfAbsent(fact.key() + "|" + lower(fact.subject()), new ExtractedFact(fact.category(), fact.type(), fact.key(),
					fact.value() + " (tight budget)", fact.subject(), fact.structuredValue(), 0.75, fact.exclusive(), fact.stance(), false));
		}
	}

	/** Rules for the later items of a list about the writer: "Toronto" after an age, "into climbing", "from Chennai". */
	private void listItems() {
		Consumer<Rule> add = listRules::add;
		add.accept((clause, original, out) -> {
			Matcher m = compiled("^(?:really\\s+|big\\s+|very\\s+)?into\\s+(?<x>.+)$", FLAGS).matcher(clause);
			if (m.find()) {
				interestsIn(m.group("x"), out);
			}
		});
		add.accept((clause, original, out) -> {
			Matcher m = compiled("^(?:originally\\s+)?from\\s+(?<x>\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)$", FLAGS).matcher(clause);
			if (m.find() && !NOT_A_PLACE.contains(lower(m.group("x")))) {
				String place = m.group("x");
				out.accept(fact(PERSONAL, "origin", "origin", "Is from " + place, place, Map.of("place", place), 0.7, true));
			}
		});
		add.accept((clause, original, out) -> {
			Matcher m = compiled("^(?:working|work)\\s+in\\s+(?<x>\\p{Lu}{2,5}|\\p{Ll}[\\p{Ll} -]{2,25})$", FLAGS).matcher(clause);
			if (m.find() && (m.group("x").matches("\\p{Lu}{2,5}") || !isJunk(m.group("x"))) && words(m.group("x")) <= 3 && !m.group("x").matches("(?i)^(?:a|an|the|my|our)\\b.*")) {
				String field = m.group("x");
				out.accept(fact(PROFESSIONAL, "industry", "industry", "Works in " + field, field, Map.of("industry", field), 0.7, true));
			}
		});
		add.accept((clause, original, out) -> {
			Matcher m = compiled("^studying\\s+(?<x>\\p{Ll}+(?:\\s+\\p{Ll}+)?)$", FLAGS).matcher(clause);
			if (m.find() && !isJunk(m.group("x")) && !m.group("x").matches("(?i)^(?:for|at|in|with|on|hard|now|abroad|online)\\b.*")) {
				String field = lower(m.group("x"));
				out.accept(fact(PROFESSIONAL, "education", "field_of_study", "Studies " + field, field, Map.of("field", field), 0.7, true));
			}
		});
		add.accept((clause, original, out) -> {
			Matcher m = compiled("^(?:i\\s+)?commute\\s+(?<x>\\d+\\s*(?:km|k|miles?|mi|mins?|minutes|hours?|hrs?)(?:\\s+each way|\\s+a day|\\s+daily|\\s+(?:each|every) day|\\s+round trip)*)", FLAGS).matcher(clause);
			if (m.find()) {
				String how = lower(m.group("x"));
				out.accept(fact(BEHAVIOR, "routine", "routine_commute", "Commutes " + how, "commute " + how, Map.of("routine", "commutes " + how), 0.65, true));
			}
		});
		add.accept((clause, original, out) -> {
			Matcher m = compiled("^(?:mostly\\s+|strictly\\s+|strict\\s+)?(?<x>" + DIETS + ")$", FLAGS).matcher(clause);
			if (m.find()) {
				diet(m.group("x"), 0.7, out);
			}
		});
	}

	/** A breed said of a named pet: "Our dog Biscuit is a 40kg rottweiler", "my cat Miso's a ragdoll"; the breed belongs to the pet fact. */
	private static final Pattern PET_BREED = Pattern.compile("^(?:\\s*,\\s*(?:who(?:'s|\\s+is)\\s+)?|\\s+is\\s+|'s\\s+)(?:a|an)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?"
			+ "(?<b>(?:labrador|lab|golden retriever|retriever|cocker spaniel|springer spaniel|spaniel|jack russell|terrier|border collie|collie|poodle|greyhound|whippet|lurcher|husky|beagle|"
			+ "dachshund|sausage dog|pug|french bulldog|frenchie|bulldog|german shepherd|shepherd|\\p{L}+poo|\\p{L}+doodle|staffy|staffie|corgi|schnauzer|chihuahua|boxer|dalmatian|"
			+ "rottweiler|rottie|doberman|great dane|mastiff|akita|shiba inu|shiba|samoyed|malamute|pointer|setter|vizsla|weimaraner|cavalier|shih tzu|bichon|maltese|pomeranian|yorkie|"
			+ "maine coon|ragdoll|sphynx|siamese|persian|bengal|british shorthair|tabby|moggy|cob|thoroughbred|arab|shetland))(?=\\s*$|\\s*[,.!;]|\\s+(?:with|and|who|that|so|but|mix|cross)\\b)", FLAGS);

	private static String petBreed(String after, String noun) {
		Matcher breed = PET_BREED.matcher(after);
		if (!breed.find() || lower(breed.group("b")).equals(lower(noun))) {
			return "";
		}
		String b = lower(breed.group("b"));
		return ", " + article(b) + " " + b;
	}

	/** Each pet of a list: "two cats and a very lazy dog". */
	private static void pets(String list, Consumer<ExtractedFact> out) {
		for (String item : list.split("(?i)\\s+(?:and|&)\\s+|\\s*,\\s*")) {
			Matcher pet = compiled("^(?<n>an?|one|two|three|\\d)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?<p>" + PET_NOUNS + ")\\b", FLAGS).matcher(item.strip());
			if (pet.find()) {
				String noun = lower(pet.group("p"));
				String n = lower(pet.group("n"));
				out.accept(fact(PERSONAL, "pet", "pet_" + slug(singular(noun)), "Has " + n + " " + noun, noun,
						Map.of("relation", singular(noun), "count", count(n)), 0.7, false));
			}
		}
	}

	private static void lookingTo(String raw, Consumer<ExtractedFact> out) {
		String said = raw.replaceFirst("(?i)^(?:finally|eventually|really|actually|also)\\s+", "");
		String first = lower(said.split("\\s+")[0]);
		if (!first.matches("do|pass|sit|take|get|buy|start|open|learn|move|build|launch|become|switch|retire|run|train|visit|travel|complete|finish|earn|save|grow|find|join|set|hire|expand|sell|rent|invest|study|apply")
				&& !(compiled("replace|swap|trade|upgrade").matcher(first).matches() && compiled("^\\S+\\s+(?:my|our)\\s+[^,;]+?\\s+(?:with|for|to)\\s+(?:an?\\s+|the\\s+)?\\S", FLAGS).matcher(said).find())) {
			return; // "looking to replace my 2014 Golf with an EV" is a plan; "looking to replace my card" an errand
		}
		String object = goalObject(said);
		if (object == null || words(object) > 8 || words(object) < 2 || requestLike(object) || BUYING_NOT_A_GOAL.matcher(object).find() || isJunk(object.substring(first.length()).strip())
				|| object.matches("(?i)^(?:get|find|buy)\\s+(?:a|an|the|some)?\\s*(?:refund|replacement|answer|help|quote|price|deal|discount|new one|one|something|it|this|that)\\b.*")) {
			return;
		}
		String subject = topic(object);
		out.accept(fact(GOALS, "goal", "goal_" + slug(subject), "Wants to " + object, subject, Map.of("goal", object), 0.65, false));
	}

	private static void condition(String raw, Consumer<ExtractedFact> out) {
		String condition = raw.matches("(?i)t1d|t2d|pcos|copd|pots|ocd|adhd|ibs|ms") ? raw.toUpperCase(Locale.ROOT) : lower(raw);
		out.accept(fact(CONSTRAINTS, "health", "health_" + slug(lower(condition)),
				"Has a health condition: " + condition, condition, Map.of("condition", condition), 0.8, false));
	}

	private static void age(String raw, Consumer<ExtractedFact> out) {
		int age = Integer.parseInt(raw);
		if (age >= 13 && age <= 99) {
			out.accept(fact(PERSONAL, "age", "age", "Is " + age + " years old", String.valueOf(age), Map.of("age", age), 0.75, true));
		}
	}

	private static final Pattern ROLE_PLACE = Pattern.compile("\\b(?:(?<!(?:work|working|worked|study|studying|majoring|degree|teach|lecture|fluent|speak|written|taught|mostly|mainly|usually|often|only|all|done|skilled|experienced|expert)\\s)in|out of|practi[sc]ing in)\\s+(?<p>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)(?=\\s*$|\\s*[,.;!)]|\\s+(?:and|so|but|for|since|now|with|looking|where|building|making|selling|working|doing|and)\\b)");
	private static final Pattern AWAY = Pattern.compile("\\b(?:visiting|trip|holiday|vacation|conference|travel(?:l?ing)?|flying|stay(?:ing)?|from|originally|used to|moving|next|last|spend(?:ing)?|winters?|summers?|wintering)\\b", FLAGS);

	/**
	 * A role said with a place is where the writer lives: "I run a small bakery in Leeds", "software engineer at a
	 * fintech in Amsterdam", "2nd year medical student in Glasgow"; not "a conference in Lisbon" or a field of work.
	 */
	private static void roleLocation(String clause, Consumer<ExtractedFact> out) {
		Matcher m = ROLE_PLACE.matcher(clause);
		// only the words up to the place can make it a visit: "a hygienist in Wrocław, bought the scaler last year" lives there
		if (m.find() && !AWAY.matcher(clause.substring(0, m.end())).find()) {
			if (!Places.known(m.group("p")) && COMPANY_LIKE.matcher(m.group("p")).matches()) {
				out.accept(company(m.group("p"))); // "a data analyst in Infosys": an employer's name, no town
				return;
			}
			livesIn(m.group("p"), out);
		}
	}

	/** A name shaped like a company's, not a town's: "Infosys", "Microsoft", "Acme Labs", "Okafor Logistics". */
	private static final Pattern COMPANY_LIKE = Pattern.compile("(?i).*(?:sys|soft|tech|ware|corp|labs?|bank|group|solutions|systems|digital|consulting|logistics|ltd|inc|llc|gmbh|plc|\\.com|\\.io|\\bai)$");

	private static final Pattern ACTIVITY = Pattern.compile("yoga|pilates|pottery|karate|judo|taekwondo|aikido|boxing|kickboxing|muay thai|jiu-jitsu|bjj|"
			+ "martial arts|parkrun|triathlons?|marathons?|ultras?|ballet|tai chi|crossfit|zumba|spin|spinning|weights|calisthenics|archery|fencing|"
			+ "photography|woodwork|woodworking|embroidery|origami|calligraphy|improv|stand-up|standup|meditation|salsa|tango|ceramics|"
			+ "life drawing|watercolou?rs?|cosplay|karaoke|orienteering|bouldering|powerlifting|weightlifting|gymnastics|rowing|\\p{L}+ing", FLAGS);

	/** The activity in "do yoga", "do a lot of hiking", "do CrossFit three times a week"; null for "do my best", "do the shopping". */
	private static String activityDone(String rest) {
		Matcher m = compiled("^\\s+(?:a lot of\\s+|lots of\\s+|loads of\\s+|some\\s+|a bit of\\s+|competitive\\s+|amateur\\s+|hot\\s+)?(?<x>\\p{L}[\\p{L}-]*(?:\\s+\\p{L}+)?)", FLAGS).matcher(rest);
		if (!m.find()) {
			return null;
		}
		String x = lower(m.group("x"));
		String[] words = x.split("\\s+");
		if (ACTIVITY.matcher(x).matches()) {
			return x;
		}
		if (ACTIVITY.matcher(words[0]).matches() && !words[0].matches("nothing|something|anything|everything|shopping|washing|cleaning|cooking|ironing|"
				+ "banking|booking|ordering|paying|accounting|nursing|marketing|consulting|bookkeeping|housing|parking|billing|invoicing|thing")) {
			return words[0];
		}
		return null;
	}

	private static void channel(String raw, Consumer<ExtractedFact> out) {
		String channel = lower(raw).replace("e-mail", "email").replaceFirst("^emails$", "email")
			.replaceFirst("^(?:texts|texting|sms|messages?|messaging)$", "text").replaceFirst("^dms?$", "direct message")
			.replaceFirst("^in writing$", "written").replaceFirst("^(?:texts|texting|sms|messages?|messaging) only$", "text only").replaceFirst("^emails only$", "email only");
		String said = lower(raw).strip().equals("sms") ? " (SMS)" : "";
		out.accept(fact(COMMUNICATION, "contact_channel", "contact_channel", ("written".equals(channel) ? "Prefers contact in writing" : "Prefers contact by " + channel) + said, channel,
				Map.of("channel", channel), 0.75, true));
	}

	private static void livesIn(String raw, Consumer<ExtractedFact> out) {
		String place = properNoun(raw);
		place = place == null ? null : place.replaceFirst("\\s+I$", "");
		if (place == null || NOT_A_PLACE.contains(lower(place)) || Lexicon.LANGUAGES.contains(lower(place)) || FIELD_WORD.matcher(place).matches()
				|| place.matches("\\p{Lu}{2,5}") || NOT_A_DAY_NAME.contains(lower(place))) {
			return;
		}
		out.accept(fact(PERSONAL, "location", "location", "Lives in " + place, place, Map.of("place", place), 0.75, true));
	}

	private static void interestsIn(String raw, Consumer<ExtractedFact> out) {
		for (String object : items(raw)) {
			if (!isJunk(object) && words(object) <= 5 && !object.matches("(?i)^(?:my|his|her|their|it|this|that)\\b.*")) {
				String subject = topic(object);
				out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), "Is into " + object, subject,
						Map.of("topic", subject, "strength", "strong"), 0.7, false, 1));
			}
		}
	}

	private static void dislike(String raw, Consumer<ExtractedFact> out) {
		String object = raw.strip();
		if (isJunk(object) || words(object) > 3 || object.matches("(?i)^(this|that|it|he|she|they|this one|the|your|waiting)\\b.*")) {
			return;
		}
		String subject = lower(topic(object));
		out.accept(fact(PREFERENCES, "dislike", "dislikes_" + slug(subject), "Dislikes " + lower(object), subject,
				Map.of("dislikes", lower(object)), 0.7, false, -1));
	}

	/** A goal's object without the time it is due: "my first marathon in October" is "my first marathon". */
	private static String goalObject(String raw) {
		String cut = raw.replaceFirst("(?i)\\s+(?:\\d+\\s*x|\\d+\\s+times|once|twice|three times|four times)\\s+(?:a|per|each)\\s+(?:day|week|month)\\b.*$", "")
			.replaceFirst("(?i)\\s+(?:by|before|in|next|this|within|until|so|and|because|but)\\s+(?:the\\s+)?(?:\\d{4}|january|february|march|april|may|june|july|august|"
				+ "september|october|november|december|spring|summer|autumn|fall|winter|year|month|week|end|time|my|our|i|we)\\b.*$", "")
			.replaceFirst("(?i)\\s+(?:in|within)\\s+(?:a\\s+(?:couple|few)\\s+(?:of\\s+)?|\\d+\\s+|two\\s+|three\\s+|five\\s+|ten\\s+|the next\\s+(?:\\w+\\s+)?)(?:years?|months?|weeks?)\\b.*$", "")
			.replaceFirst("(?i)\\s+(?:one day|someday|some day|eventually|at some point)$", "")
			.replaceFirst("(?i)\\s+(?:by|before|in|until|within)$", ""); // "... by next year" loses "by" with its date
		return phrase(cut);
	}

	private static void learning(String raw, Consumer<ExtractedFact> out) {
		String object = phrase(raw.replaceFirst("(?i)\\s+(?:last (?:week|month|year|summer|spring|autumn|winter)|this (?:year|month)|recently|on the side|on here|here|on this app|in my (?:spare|free) time|for fun|for work|online|at night|at the weekends?|on weekends|with an app|on duolingo|from scratch|at (?:evening|night) class(?:es)?)\\b.*$", ""));
		if (object == null || isJunk(object) || words(object) > 4 || object.matches("(?i)^(about|that|from|a lot|lots|so much|more|what|how|the hard way|to)\\b.*")) {
			return;
		}
		String subject = topic(object);
		out.accept(fact(GOALS, "learning", "learning_" + slug(subject), "Is learning " + object, subject,
				Map.of("learning", object), 0.75, false));
	}

	private static void interestNoun(String raw, String kind, Consumer<ExtractedFact> out) {
		String object = raw.strip();
		if (isJunk(object) || object.matches("(?i)^(big|huge|massive|great|real|true|total|avid|such|former|ex|been|being|a|an)\\b.*")) {
			return;
		}
		String k = lower(kind);
		String subject = lower(topic(object));
		String value = "collector".equals(k) ? "Collects " + subject : "Is a " + subject + " " + k;
		out.accept(fact(INTERESTS, "topic_interest", "interest_" + slug(subject), value, subject,
				Map.of("topic", subject, "strength", "strong"), 0.75, false, 1));
	}

	private static void hobbyist(String raw, Consumer<ExtractedFact> out) {
		String who = lower(raw);
		out.accept(fact(INTERESTS, "activity", "interest_" + slug(who), "Is " + article(who) + " " + who, who,
				Map.of("topic", who, "activity", who), 0.7, false, 1));
	}

	// ---------------------------------------------------------------- helpers for rules

	private static void place(String raw, String prefix, Consumer<ExtractedFact> out) {
		String place = properNoun(raw);
		if (place != null) {
			out.accept(fact(PERSONAL, "location", "location", prefix + place, place, Map.of("place", place), 0.85, true));
		}
	}

	private static void retractPlace(String raw, Consumer<ExtractedFact> out) {
		String place = properNoun(raw);
		if (place != null) {
			out.accept(retraction(fact(PERSONAL, "location", "location", "Lives in " + place, place,
					Map.of("place", place), 0.85, true)));
		}
	}

	private static ExtractedFact company(String company) {
		return fact(PROFESSIONAL, "company", "company", "Works at " + company, company, Map.of("company", company), 0.85,
				true);
	}

	private static ExtractedFact retraction(ExtractedFact fact) {
		return new ExtractedFact(fact.category(), fact.type(), fact.key(), fact.value(), fact.subject(),
				fact.structuredValue(), fact.confidence(), fact.exclusive(), fact.stance(), true);
	}

	/** A job title whose head noun is an occupation; "at Company" after it is the employer. */
	private static final String DEV_KINDS = "solo|freelance|independent|self-taught|software|web|backend|back-end|frontend|front-end|full-stack|fullstack|game|games|ios|android|app|mobile|python|java|javascript|js|senior|junior|lead|principal|staff|indie|data|ml|wordpress|php|ruby|rust|go|unity|shopify|salesforce";

	private static final Pattern HOLDER_NOT_A_JOB = Pattern.compile("(?:account|policy|card|cardholder|ticket|booking|order|device|phone|vehicle|car|home|house|pet|dog|cat|horse|"
			+ "licence|license|subscription|plan|membership|main|primary|joint|registered|named|original|previous|current|new|proud|first-time)\\s+(?:owner|holder|user|admin|administrator|member)", FLAGS);

	private static void job(String raw, double confidence, boolean needsOccupation, Consumer<ExtractedFact> out) {
		String text = raw.strip().replaceFirst("(?i)^(?:broke|skint|poor|tired|busy|struggling|exhausted|overworked|humble|lowly|proud|happy)\\s+(?=\\p{L})", "");
		Matcher owner = compiled("^(?:the\\s+)?(?:proud\\s+)?(?<r>owner|co-owner|founder|co-founder)\\s+of\\s+(?:a|an|my|our)\\s+(?<b>(?:[\\p{L}&-]+\\s+){0,3}?(?:pizzeria|bistro|deli|pub|gym|garage|workshop|boutique|nursery|pharmacy|brewery|bakery|shop|store|restaurant|cafe|café|business|salon|practice|studio|clinic|hotel|bar|farm|agency|startup|firm|consultancy|company|brand|b&b))\\b", FLAGS).matcher(text);
		if (owner.find()) {
			// "I'm the owner of a small gym": the business they run, not a job called "owner"
			String business = lower(owner.group("b"));
			String role = lower(owner.group("r"));
			out.accept(fact(PROFESSIONAL, "business", "business", "Is the " + role + " of " + article(business) + " " + business, business, Map.of("business", business, "role", role), 0.8, true));
			return;
		}
		if (compiled("^(?:the\\s+)?(?:proud\\s+)?(?:owner|co-owner|holder)\\b(?!\\s+(?:of|at)\\s+(?:a|an|my|our)\\s)", FLAGS).matcher(text).find()) {
			return; // "I'm the owner of the account": who they are to a thing, no job
		}
		Matcher carer = compiled("^(?:full[- ]time\\s+|unpaid\\s+|family\\s+|live-in\\s+)?(?:carer|caregiver|care giver)\\s+(?:for|to)\\s+(?:my|our)\\s+(?<who>(?:[\\p{L}-]+\\s+)?(?:mum|mom|dad|mother|father|son|daughter|wife|husband|partner|child|kids?|children|parents?|nan|gran|grandma|grandad|grandmother|grandfather|brother|sister))\\b", FLAGS).matcher(text);
		if (carer.find()) {
			// "I'm a carer for my disabled son": caring for family, no job
			String who = lower(carer.group("who"));
			out.accept(fact(PERSONAL, "family", "family_carer", "Is a carer for their " + who, who, Map.of("cares_for", who), 0.75, false));
			return;
		}
		if (compiled("^(?:amateur|hobby|hobbyist|wannabe|armchair|backyard|bedroom|keen|avid|beginner|novice|passionate|enthusiastic|recreational)\\s", FLAGS).matcher(text).find()) {
			return; // "an amateur astronomer", "a keen gardener": a pastime (read by the interest rules), not a job
		}
		String employer = null;
		Matcher at = compiled("\\s+(?:at|for|with)\\s+(?<org>.+)$", FLAGS).matcher(text);
		Matcher of = compiled("^(?:[\\p{L}-]+\\s+){0,3}?(?<h>[\\p{L}-]+)\\s+of\\s+(?<org>\\p{Lu}[\\p{L}&'.-]*(?:\\s+\\p{Lu}[\\p{L}&'.-]*)*)").matcher(text);
		if (at.find()) {
			// "at a fintech in Berlin": the employer is unnamed, Berlin is where it is
			// "for my practice in Porto" is whose it is, not an employer
			employer = at.group("org").matches("(?i)^(?:an?|some|my|our|his|her|their|your|the\\s+(?-i:\\p{Ll}+)\\s+(?:in|of|near))\\b.*") ? null : properNoun(at.group("org"));
			text = text.substring(0, at.start());
		}
		else if (of.find() && Lexicon.OCCUPATIONS.contains(lower(of.group("h"))) || of.find(0) && lower(of.group("h")).matches("head|president|chair|chairman|chairwoman|partner|vp")) {
			employer = of.group("org").replaceFirst("\\.$", ""); // "finance director of Okafor Logistics Ltd": the legal name, as written
		}
		// "student in marine biology": the field belongs to the title
		Matcher field = compiled("^(?<t>(?:[\\p{L}-]+\\s+){0,2}(?:student|researcher|lecturer|professor|candidate))\\s+in\\s+(?<f>\\p{Ll}+(?:\\s+\\p{Ll}+){0,2})\\b", FLAGS).matcher(text);
		String fieldOf = field.find() && !field.group("f").matches("(?i)^(?:a|an|the|my|our|year|first|second|third|final)\\b.*") ? lower(field.group("f")) : null;
		text = compiled("\\s+(?:in|on|from|and|who|since|by|based|working|currently|living|residing|of|practi[sc]ing|speciali[sz]ing|looking|trying|hoping)\\b.*$", FLAGS)
			.matcher(text).replaceFirst("");
		String title = phrase(text.replaceFirst("(?i)^\\S+-based\\s+", "")); // "Leeds-based designer": Leeds is where, not what
		title = title == null ? null : title.replaceFirst("(?i)(?:\\s+(?:myself|too|rn|atm|tbh|ngl|btw|lol|by trade|by profession))+$", "");
		if (title == null || words(title) > 4) {
			return;
		}
		String[] words = lower(title).split("\\s+");
		String head = singular(words[words.length - 1]);
		if (words.length >= 2 && HOLDER_NOT_A_JOB.matcher(words[words.length - 2] + " " + head).matches()) {
			return; // "I'm the account owner", "the policy holder", "a dog owner": who they are to a thing, not their work
		}
		// "a PhD candidate in marine biology": a doctoral student by another name
		boolean candidate = "candidate".equals(head) && words.length >= 2 && compiled("phd|ph\\.d\\.?|doctoral|dphil|mphil|masters?|master's|msc|edd").matcher(words[words.length - 2]).matches();
		boolean occupation = candidate || Lexicon.OCCUPATIONS.contains(head) || Lexicon.OCCUPATIONS.contains(words[words.length - 1]) || occupationBySuffix(head)
				|| "dev".equals(head) && words.length >= 2 && words[words.length - 2].matches(DEV_KINDS) // "Software dev", not "its Dev"
				|| compiled("rep|representative").matcher(head).matches() && words.length >= 2 && compiled("sales|medical|pharma|pharmaceutical|field|area|territory|trade|account|union").matcher(words[words.length - 2]).matches(); // "a sales rep", not "a representative" on the phone
		if (needsOccupation && !occupation) {
			return;
		}
		if (isJunk(title) && !title.matches("^\\p{Lu}{2,}\\s.*")) {
			return; // "IT admin" is a title, "it" a pronoun
		}
		String jobTitle = lower(title) + (fieldOf != null && fieldOf.split("\\s+").length <= 3 ? " in " + fieldOf : "");
		// "software engineer at a fintech startup": the kind of employer belongs to the job, not a fact of its own
		Matcher unnamed = at.find(0) && employer == null ? UNNAMED_WORKPLACE.matcher(at.group("org").strip()) : null;
		String workplace = unnamed != null && unnamed.find() ? lower(unnamed.group("w")) : null;
		// "a retired police officer" is no longer at work: what they were, said as what they are
		String says = compiled("^(?:retired|former|ex-)", FLAGS).matcher(jobTitle).find() ? "Is " : "Works as ";
		out.accept(fact(PROFESSIONAL, "job", "job", says + article(jobTitle) + " " + jobTitle + (workplace == null ? "" : " at " + article(workplace) + " " + workplace), jobTitle,
				workplace == null ? Map.of("title", jobTitle) : Map.of("title", jobTitle, "workplace", workplace), confidence, true));
		if (compiled("^self[- ]employed\\s", FLAGS).matcher(jobTitle).find()) {
			// "a self-employed electrician": the trade and the employment status are two facts, as "I'm self-employed" alone is one
			out.accept(fact(PROFESSIONAL, "employment", "employment_status", "Is self-employed", "self-employed", Map.of("status", "self-employed"), 0.75, true));
		}
		if (employer != null && !"student".equals(head) && !candidate) {
			out.accept(company(employer));
		}
		else if (employer != null && Places.known(employer)) {
			livesIn(employer, out); // "a PhD student at Plymouth": the town they study in
		}
		else if (employer != null && !NOT_A_PLACE.contains(lower(employer))) {
			// "a medical student at King's": where they study, a fact of its own
			out.accept(fact(PROFESSIONAL, "education", "education_institution", "Studies at " + employer, employer,
					Map.of("institution", employer), 0.75, true));
		}
		String studied = fieldOf == null ? null : fieldOf.replaceFirst("\\s+(?:school|college|uni|university|department)$", "");
		if (studied != null && studied.split("\\s+").length <= 3 && !studied.matches("(?:my|the|a|an|year|first|second|third|final|residence|halls?|town|training|school|college|uni)\\b.*")) {
			// "PhD student in marine biology": outside writers record what they study apart from the title
			out.accept(fact(PROFESSIONAL, "education", "field_of_study", "Studies " + studied, studied, Map.of("field", studied), 0.7, true));
		}

		Matcher from = compiled("^[^,]*?\\s+from\\s+(?<p>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)(?=\\s*$|\\s*[,.!;]|\\s+(?:and|so|but|now|originally|here)\\b)").matcher(raw);
		if (from.find() && !NOT_A_PLACE.contains(lower(from.group("p")))) {
			String place = from.group("p"); // "a retired midwife from Accra", "a sparky from Brisbane"
			out.accept(fact(PERSONAL, "origin", "origin", "Is from " + place, place, Map.of("place", place), 0.7, true));
		}
	}

	private static void skills(String raw, Consumer<ExtractedFact> out) {
		for (String item : items(raw)) {
			if (isJunk(item) || words(item) > 4) {
				continue;
			}
			String language = lower(item);
			if (Lexicon.LANGUAGES.contains(language)) {
				String name = capitalise(language);
				out.accept(fact(PERSONAL, "language", "language_" + language, "Speaks " + name, name,
						Map.of("language", name, "level", "fluent"), 0.8, false));
				continue;
			}
			String subject = topic(item);
			out.accept(fact(PROFESSIONAL, "skill", "skill_" + slug(subject), "Is skilled in " + item, subject,
					Map.of("skill", item), 0.75, false));
		}
	}

	private static void budget(String raw, Consumer<ExtractedFact> out) {
		Matcher amount = compiled("(?<cur>[$€£]|usd|eur|gbp)?\\s*(?<n>\\d[\\d,.]*)\\s*(?<k>k\\b)?\\s*(?<cur2>dollars?|euros?|"
				+ "pounds?|usd|eur|gbp|bucks|quid|[$€£])?", FLAGS).matcher(raw);
		if (!amount.find()) {
			return;
		}
		String number = amount.group("n").replace(",", "").replaceAll("\\.$", "");
		double value;
		try {
			value = Double.parseDouble(number) * (amount.group("k") != null ? 1000 : 1);
		}
		catch (NumberFormatException e) {
			return;
		}
		String currency = currency(amount.group("cur") != null ? amount.group("cur") : amount.group("cur2"));
		Matcher per = compiled("^\\s*(?:a|per|/|an|each)\\s*(?<p>month|week|year|night|person|day|head)\\b", FLAGS).matcher(raw.substring(amount.end()));
		String period = per.find() ? " a " + lower(per.group("p")) : "";
		String shown = (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value))
				+ (currency == null ? "" : " " + currency) + period;
		Map<String, Object> structured = new LinkedHashMap<>();
		structured.put("max_amount", value);
		if (currency != null) {
			structured.put("currency", currency);
		}
		// the amount as written ("30 euro", "15k") is what the fact is about; the value says it in one form
		String written = raw.substring(amount.start(), amount.end()).strip();
		out.accept(fact(CONSTRAINTS, "budget", "budget", "Budget is at most " + shown, written.isEmpty() ? shown : written, structured, 0.85, true));
	}

	private static String currency(String raw) {
		if (raw == null) {
			return null;
		}
		String c = lower(raw);
		if (c.startsWith("$") || c.startsWith("dollar") || c.equals("usd") || c.equals("bucks")) {
			return "USD";
		}
		if (c.startsWith("€") || c.startsWith("euro") || c.equals("eur")) {
			return "EUR";
		}
		if (c.startsWith("£") || c.startsWith("pound") || c.equals("gbp") || c.equals("quid")) {
			return "GBP";
		}
		return null;
	}

	/** "buy/purchase/order X" is shopping unless X is one of the big purchases people plan their lives around. */
	private static final Pattern BUYING_NOT_A_GOAL = Pattern.compile("^(?:buy|purchase|order|pick up)\\s+(?!(?:[\\p{L}\\d-]+\\s+){0,4}?(?:house|home|flat|apartment|condo|property|land|farm|plot|boat|car|van|campervan|motorhome|business|franchise|place of (?:my|our) own|own place)s?\\b)", FLAGS);

	private static final Pattern NAMED_FEAT = Pattern.compile("^(?:walk|trek|hike|cycle|ride|do|complete|row|paddle|swim|run|climb|summit|thru-hike)\\s+(?:the\\s+)?(?-i:\\p{Lu}\\p{Ll}+)(?:\\s+(?:de|del|of|la|to)?\\s*(?-i:\\p{Lu})\\p{Ll}+)*(?:\\s+(?:way|trail|path|route|circuit|challenge|marathon|peaks))?\\b", FLAGS);
	private static final Pattern DEBT_GOAL = Pattern.compile("^(?<v>pay off|pay down|clear|pay back)\\s+(?:all\\s+)?(?:of\\s+)?(?:my|our|the)\\s+(?<y>credit\\s+cards?|card\\s+debt|(?:student\\s+|car\\s+|personal\\s+)?loans?|mortgage|debts?|overdraft)\\b", FLAGS);

	private static void goal(String raw, double confidence, boolean needsGoalVerb, Consumer<ExtractedFact> out) {
		String said = raw.replaceFirst("(?i)^to\\s+", "").replaceFirst("(?i)^(?:finally|eventually|really|actually|also|one day|someday|soon)\\s+", "")
			.replaceFirst("(?i)\\s+(?:on|with|using|through|via)\\s+(?:your|the|this)\\s+(?:app|site|website|platform|service|tool|system)\\b.*$", ""); // the means, not the goal
		String object = phrase(said);
		Matcher saveFor = compiled("^(?<v>save(?: up)?|train|study|prepare|apply|qualify|sign up)\\s+for\\s+(?<x>.+)", FLAGS).matcher(said);
		if (object != null && words(object) <= 2 && saveFor.find() && goalObject(saveFor.group("x")) != null) {
			object = lower(saveFor.group("v")) + " for " + goalObject(saveFor.group("x")); // "save for a house deposit by next year"
		}
		if (object != null && words(object) > 7) {
			object = goalObject(said); // a long goal loses its due date: "... by summer", "... before our trip"
		}
		if (object == null || words(object) > 7) {
			return;
		}
		String[] words = lower(object).split("\\s+");
		if (object.matches("(?i)^(?:get|have|use|claim|apply for|sign up for)\\s+(?:the|a|an|your|this|that)\\s+(?:[\\p{L}-]+\\s+)?(?:rate|price|deal|offer|discount|tier|plan|membership|bundle|package|upgrade|code|voucher)\\b.*")) {
			return; // "I want to get the student rate" asks for a price, it is no goal
		}
		if (BUYING_NOT_A_GOAL.matcher(object).find() || compiled("^(?:get|have|take|try|pick|grab)\\s+(?:the|this|that|these|those)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:ones?|size|colou?r|version|model|style)\\b", FLAGS).matcher(object).find()) {
			return; // "I want to buy industrial sewing machine" is an order being placed; "buy a house" is a life goal
		}
		if (object.matches("(?i)^pass\\s+(?:on|by|it|this|that|along|through|the time|away)\\b.*")
				|| object.matches("(?i)^(?:find|get|pick|pick out|track down|choose)\\s+(?:a|an|the|some)\\s+(?:good|decent|new|cheap|cheaper|best|nice|better|proper|replacement|right|perfect|correct|ideal|cheapest|matching)\\b.*") // shopping, not a goal
				|| object.matches("(?i).*\\bmy\\s+(?:monthly\\s+|current\\s+|phone\\s+|mobile\\s+)?(?:subscriptions?|bills?|plan|contract|package|tariff|membership|order)\\b.*")) {
			return; // what they want done with their subscription is an errand, not a goal
		}
		// "walk the Camino de Santiago", "do the Three Peaks": a named route or event makes the verb a goal
		boolean namedFeat = NAMED_FEAT.matcher(object).find();
		if (needsGoalVerb && !Lexicon.GOAL_VERBS.contains(words[0]) && !"pass".equals(words[0]) && !namedFeat) {
			return;
		}
		// "pay off my credit card by the end of the year" is a debt to clear, not a card errand (the same fact as "my goal is to pay off my card")
		Matcher debt = DEBT_GOAL.matcher(object);
		if (debt.find()) {
			String v = lower(debt.group("v"));
			String y = lower(debt.group("y"));
			out.accept(fact(GOALS, "goal", "goal_" + slug(v + " " + y), "Wants to " + v + " their " + y, y, Map.of("goal", v + " " + y), 0.75, false));
			return;
		}
		for (String word : words) {
			if (Lexicon.REQUEST_OBJECTS.contains(word.replaceAll("\\W", ""))) {
				return;
			}
		}
		if (words.length < 2 || isJunk(object) || object.matches("(?i)^go\\s+(?:with|for)\\s+the\\b.*") // a choice of plan, not a goal
				|| isJunk(object.substring(words[0].length()).strip().replaceFirst("(?i)^to\\s+", ""))) {
			return;
		}
		String subject = topic(object);
		out.accept(fact(GOALS, "goal", "goal_" + slug(subject), "Wants to " + object, subject, Map.of("goal", object),
				confidence, false));
	}

	private static boolean answerStyle(String raw) {
		return raw.matches("(?i).*\\b(answers?|repl(y|ies)|responses?|explanations?|bullet points?|examples|summar(y|ies))\\b.*");
	}

	private static void stylePreference(String raw, Consumer<ExtractedFact> out) {
		// what they ask for comes before a comma or a "than": "answers as bullet points, long paragraphs lose me"
		String lower = lower(raw).replaceFirst("\\s*(?:[,;(]|\\s(?:than|over|instead of|not|rather than)\\s).*$", "");
		if (lower.matches(".*\\b(short|brief|concise|quick|shorter|summar(y|ies))\\b.*")) {
			answerLength("short", 0.8, lower, out);
		}
		else if (lower.matches(".*\\b(detailed|long|longer|thorough|in-depth|step-by-step|examples)\\b.*")) {
			answerLength("detailed", 0.8, out);
		}
		if (lower.matches(".*\\bbullet points?\\b.*")) {
			out.accept(fact(COMMUNICATION, "format", "format_bullet_points", "Prefers answers as bullet points",
					"bullet points", Map.of("format", "bullet points"), 0.8, false));
		}
	}

	/** A wish for short answers with the words the writer used: "Prefers short answers (keep it brief)". */
	private static void answerLength(String length, double confidence, String said, Consumer<ExtractedFact> out) {
		if ("short".equals(length) && compiled("\\bshorter\\s+(?:answers|replies|responses|messages)\\b", FLAGS).matcher(said).find()) {
			// "shorter answers are better for me": the writer's word stays
			out.accept(fact(COMMUNICATION, "answer_length", "answer_length", "Prefers shorter answers", length, Map.of("answer_length", length), confidence, true));
			return;
		}
		String words = lower(said).replaceFirst("^(?:please|pls|plz)\\s+", "").strip();
		if (words.isEmpty() || words.split("\\s+").length > 5 || !words.matches(".*\\b(?:brief|briefly|concise|concisely|to the point|snappy|tight|tl;?dr|in short|in a few words|sweet|brevity)\\b.*")) {
			answerLength(length, confidence, out);
			return;
		}
		out.accept(fact(COMMUNICATION, "answer_length", "answer_length", "Prefers short answers (" + words + ")", length,
				Map.of("answer_length", length), confidence, true));
	}

	private static void answerLength(String length, double confidence, Consumer<ExtractedFact> out) {
		out.accept(fact(COMMUNICATION, "answer_length", "answer_length",
				"short".equals(length) ? "Prefers short answers" : "Prefers detailed answers", length,
				Map.of("answer_length", length), confidence, true));
	}

	/** The first proper noun phrase ("Paris", "New York", "Deloitte", "the University of Vienna"). */
	static String properNoun(String raw) {
		String cut = phrase(raw);
		if (cut == null) {
			return null;
		}
		Matcher matcher = compiled("\\p{Lu}[\\p{L}0-9&'.-]*(?:\\s+(?:of|de|du|la|le|am|an|upon|on|del|do|da|y|&)?\\s*\\p{Lu}[\\p{L}0-9&'.-]*)*")
			.matcher(cut);
		String found = null;
		while (matcher.find()) {
			found = matcher.group().replaceAll("[.]$", "").strip();
			if (!found.isEmpty() && !"I".equals(found)) {
				break;
			}
			found = null;
		}
		return found;
	}

	/** The object phrase up to the end of what it says: "playing guitar, especially on weekends" is "playing guitar". */
	static String phrase(String raw) {
		if (raw == null) {
			return null;
		}
		String text = raw.strip();
		Matcher end = PHRASE_END.matcher(text);
		if (end.find()) {
			text = text.substring(0, end.start());
		}
		text = TRAILING.matcher(text).replaceAll("").replaceAll("[\\s.!,;:'\"-]+$", "").strip();
		return text.isEmpty() ? null : text;
	}

	private static final Pattern LANGUAGE_ITEM = Pattern.compile("(?:(?:a little|a little bit of|some|basic|a bit of|bits of|a bit|fluent|conversational|native|broken|decent|good|ok|okay|passable|rusty|"
			+ "intermediate|beginner|elementary|school|schoolboy|schoolgirl|enough)\\s+)*(?<l>\\p{L}+)(?:\\s+(?:fluently|well|too|also|natively|at home|at work|as well|as a second language))*", FLAGS);

	/** The languages of "I speak Arabic, French and some English": every item up to the first that is not a language. */
	private static List<String> languageItems(String raw) {
		String text = raw.strip().split("(?i)[;:()!?]|\\.(?:\\s|$)|\\s(?:but|so|because|since|please|pls|which|when|if|though)\\b")[0];
		List<String> items = new ArrayList<>();
		for (String item : text.split("(?i)\\s*,\\s*|\\s+and\\s+|\\s+&\\s+|\\s+or\\s+|\\s*/\\s*")) {
			String value = item.strip().replaceFirst("(?i)^(?:also|too|even)\\s+", "");
			Matcher said = LANGUAGE_ITEM.matcher(value);
			if (!said.matches() || !Lexicon.LANGUAGES.contains(lower(said.group("l")))) {
				break; // "want to add German next" is no language they speak
			}
			items.add(value);
		}
		return items;
	}

	/** A list object split into its items: "German and a little French" is two. */
	static List<String> items(String raw) {
		String text = phrase(raw);
		if (text == null) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		for (String item : text.split("(?i)\\s*,\\s*|\\s+and\\s+|\\s+&\\s+|\\s+or\\s+|\\s*/\\s*")) {
			String value = item.strip().replaceFirst("(?i)^(?:also|too|even)\\s+", "").replaceFirst("(?i)^(?:to|with)\\s+", "");
			if (!value.isEmpty()) {
				items.add(value);
			}
		}
		return items;
	}

	/** What the fact is about, without articles and possessives: "the Beatles" is "Beatles". */
	static String topic(String object) {
		String topic = object.strip().replaceFirst("(?i)^(the|a|an|some|my|our|all|any)\\s+", "");
		return topic.isEmpty() ? object.strip() : topic;
	}

	static boolean isJunk(String object) {
		String lower = lower(object.strip());
		if (lower.isEmpty() || lower.length() < 2) {
			return true;
		}
		String[] words = lower.split("\\s+");
		if (Lexicon.NOT_A_TOPIC.contains(words[0])) {
			return true;
		}
		if (words.length > 1 && Lexicon.NOT_A_TOPIC.contains(words[0] + " " + words[1])) {
			return true;
		}
		return lower.matches("^(not|no|never|nothing|none|anything|everything|something)\\b.*")
				|| lower.matches(".*\\b(you|your|yours)\\b.*");
	}

	static String slug(String text) {
		String slug = lower(text).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
		return slug.length() > 60 ? slug.substring(0, 60) : slug;
	}

	private static String named(String rest) {
		Matcher matcher = compiled("^\\s*(?:,\\s*)?(?:named|called)\\s+(?<x>\\p{Lu}[\\p{L}'-]+)").matcher(rest);
		return matcher.find() ? matcher.group("x") : null;
	}

	private static int count(String n) {
		return switch (n) {
			case "a", "an", "one" -> 1;
			case "two" -> 2;
			case "three" -> 3;
			case "four" -> 4;
			case "five" -> 5;
			case "six" -> 6;
			default -> n.matches("\\d+") ? Integer.parseInt(n) : 1;
		};
	}

	private static String singular(String noun) {
		String n = lower(noun);
		return switch (n) {
			case "children" -> "child";
			case "kids" -> "kid";
			case "puppies" -> "puppy";
			case "babies" -> "baby";
			case "grandkids" -> "grandkid";
			case "grandchildren" -> "grandchild";
			default -> n.endsWith("ss") || !n.endsWith("s") ? n : n.substring(0, n.length() - 1);
		};
	}

	private static String article(String noun) {
		return noun.matches("(?i)^(?:uni|use|usu|eu|one\\b).*") ? "a" : noun.matches("(?i)^[aeiou].*") ? "an" : "a";
	}

	private static int words(String text) {
		return text.strip().split("\\s+").length;
	}

	static String lower(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT);
	}

	private static String capitalise(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static ExtractedFact fact(String category, String type, String key, String value, String subject,
			Map<String, Object> structured, double confidence, boolean exclusive) {
		return fact(category, type, key, value, subject, structured, confidence, exclusive, 0);
	}

	private static ExtractedFact fact(String category, String type, String key, String value, String subject,
			Map<String, Object> structured, double confidence, boolean exclusive, int stance) {
		return new ExtractedFact(category, type, key, value, subject, structured, confidence, exclusive, stance, false);
	}
}
