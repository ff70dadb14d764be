package io.parley.learning.local;

import java.util.List;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round five, tastes and limits (preferences, constraints, interests, goals): sizes, budgets and health said in
 * passing, standing orders, "only" tastes, hobbies said with a hobbyist's noun or a club, goals that go on after a
 * state. Each construction is tested with other fillers than the dev sentence it was found in, and with a lookalike
 * that must teach nothing (someone else, a question, a negation, a one-off, a joke).
 */
class LocalFactExtractorRoundFiveLikesTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// sizes
			"a size in a purchase              | i bought the hiking boots in size 42 and love them | preferences | size 42 | my son bought the hiking boots in size 42",
			"I'm a size N                      | I'm a size 39, do the sandals run small? | preferences | size 39 | do the sandals run small in size 39?",
			"a letter size asked by a fan      | I'm a massive Celtic fan, got the home shirt in XXL? | preferences | XXL | does the home shirt come in XXL?",
			"women's N                         | need running shoes, women's 40 | preferences | women's 40 | my wife needs running shoes, women's 40",
			"size with a width                 | size 10 wide, always, or my toes go numb | preferences | size 10 wide | does size 10 wide exist?",
			"a size in brackets                | I'm tall (usually a 34/36) so the jeans never fit | preferences | 34/36 | my husband is tall (usually a 34/36)",
			"between sizes                     | I'm always between sizes (S/M), which should I get? | preferences | S/M | is the S/M size for kids?",
			"a size after the garment          | Love plain stuff. Looking for a grey jumper, L | preferences | L | Looking for a grey jumper for my dad, L",
			"a size in words                   | I'm usually a small in dresses, is this true to size? | preferences | small | is the small true to size?",
			"a UK size                         | I'm a UK 6, which one should I get? | preferences | UK 6 | my daughter is a UK 6, which one should she get?",
			// budgets
			"under an amount at the end        | I need a quiet mechanical keyboard, under 90 quid | constraints | 90 | my brother needs a keyboard, under 90 quid",
			"a strict limit                    | I've got a hard $200 limit for the whole trip | constraints | $200 | the club has a hard $200 limit for the trip",
			"on an N budget                    | i'm on a 500 euro budget for the sofa | constraints | 500 | the council is on a 500 euro budget for the sofa",
			"budget around N                   | I'm a new dad, budget around £300 for a pram | constraints | £300 | is the budget around £300 enough for a pram?",
			"maximal in German                 | Ich brauche ein Fahrrad, maximal 600 Euro | constraints | 600 | Das Fahrrad kostet 600 Euro",
			"keep X under N a month            | I try to keep groceries under 80€ a week | constraints | 80€ | my mum tries to keep groceries under 80€ a week",
			"tight budget with the amount      | I'm on a tight budget, about $40 a week for lunches | constraints | $40 | they're on a tight budget, about $40 a week",
			// health said in passing
			"I get motion sick                 | I get terrible seasickness so the ferry is out | constraints | seasickness | my daughter gets terrible seasickness",
			"a body part that is done          | my hip is shot after years of rugby | constraints | hip | my dad's hip is shot after years of rugby",
			"a sense that is failing           | my hearing isn't great anymore so subtitles help | constraints | hearing | my gran's hearing isn't great anymore",
			"an injury                         | I've got an ankle injury so no jumping for me | constraints | ankle injury | did you get an ankle injury?",
			"surgery coming up                 | I'm having hip surgery next month, can I freeze my plan | constraints | hip surgery | my mum is having hip surgery next month",
			"a medicine taken                  | I take metformin with breakfast | constraints | metformin | my husband takes metformin with breakfast",
			"an allergy as a fragment          | Severe sesame allergy here, is the bread safe | constraints | sesame | my son has a severe sesame allergy, is the bread safe",
			"an allergy after a plus           | coeliac + shellfish allergy, what's safe? | constraints | shellfish | is the shellfish allergy menu out?",
			"pregnant as a fragment            | Pregnant (week 30) so no hot tub please | constraints | pregnant | are pregnant guests allowed in the hot tub?",
			"diets with their reason           | I'm on a low-salt and low-sugar diet for my heart | constraints | low-sugar | my dad is on a low-salt and low-sugar diet",
			"type 1 diabetes got               | I've got type 2 diabetes so watch the sugar | constraints | type 2 diabetes | my nan has got type 2 diabetes",
			"wide feet                         | I have really wide feet so most trainers pinch | preferences | wide feet | my son has really wide feet",
			"an aid given as a reason          | Please seat us near the door, as I use a walking frame. | constraints | walking frame | my mum needs a seat near the door, as she uses a walking frame.",
			"an aid after would be grateful    | I would be grateful for a step-free room, as I use a wheelchair. | constraints | wheelchair | I would be grateful for a step-free room for my father, as he uses a wheelchair.",
			// standing orders and tastes
			"same as always                    | same as always: medium margherita with extra basil | preferences | margherita | what did I get last time?",
			"same as last time with a diet     | same as last time: vegan, no garlic, leave it at the door | constraints | vegan | is the vegan one the same as last time?",
			"no X in a standing order          | same as usual: flat white, no sugar | preferences | sugar | can I get a flat white with no sugar?",
			"always the X                      | Always the chicken katsu, extra sauce | preferences | chicken katsu | my husband always gets the chicken katsu",
			"X like always                     | oat milk in my cappuccino please, like always | preferences | oat milk | do you have oat milk?",
			"my favourite is the X one         | My favourite is the pistachio one, please restock it | preferences | pistachio | my daughter's favourite is the pistachio one",
			"basically only wear               | I basically only wear black and white | preferences | black and white | my sister basically only wears black",
			"only ever buy                     | I only ever buy Dutch cheese | preferences | Dutch cheese | do you only sell Dutch cheese?",
			"X only after a comma              | I'm a big fan of jazz, vinyl only, no streaming | preferences | vinyl | is the jazz vinyl only?",
			"only drink after a comma          | I'm a bit of a tea lover, only drink loose leaf | preferences | loose leaf | my dad only drinks loose leaf",
			"refuse to use                     | I refuse to use Facebook, so no login with it please | preferences | Facebook | my son refuses to use Facebook",
			"a list of dislikes                | I hate cookie banners and pop-ups | preferences | cookie banners | do you have cookie banners and pop-ups?",
			"a contact dislike                 | I hate phone calls, just email | communication | phone calls | my boss hates phone calls",
			"would rather a human              | id rather talk to a real person tbh | communication | real person | would you rather talk to a real person?",
			"don't book me before a time       | I'm an early riser so never book me anything after 6pm please | preferences | after 6pm | can you book me anything after 6pm?",
			"always book me the X              | always book me the earliest slot you have | preferences | earliest slot | can you book me the earliest slot?",
			"a need said with always           | i need a ground floor room, always | preferences | ground floor room | do you need a ground floor room?",
			"more options in a fabric          | I'd love more options in merino | preferences | merino | my wife would love more options in merino",
			"used is fine                      | I'm after a road bike, refurbished is totally fine | preferences | refurbished | is refurbished fine?",
			"love the new feature              | Love the new offline mode! | preferences | offline mode | love the new update, thanks",
			"love your episodes on X           | Love your videos on sourdough! | interests | sourdough | my wife loves your videos on sourdough",
			"I'd want X                        | I drive 20k a year so I'd want hybrid | preferences | hybrid | would you want hybrid?",
			"X is a must                       | I ski off-piste, so a helmet camera mount is a must | preferences | helmet camera mount | is a helmet camera mount a must?",
			"season ticket holder              | I'm a Leeds season ticket holder, any away travel deals? | interests | Leeds | my dad is a Leeds season ticket holder",
			"broke                             | i'm a grad student, totally broke, cheapest plan? | constraints | broke | my brother is totally broke",
			"a time limit with max             | I can train 3 days a week max | constraints | 3 days a week | can you train 3 days a week max?",
			"deliveries on those days          | I'm at home on Tuesdays and Thursdays, so deliveries on those days are best | preferences | tuesdays and thursdays | my mum is home on Tuesdays, so deliveries on those days are best",
			"use a tool all day                | We use Notion all day, does your app sync with it | preferences | Notion | does your team use Notion all day?",
			"in every morning for X            | I'm in every morning for a cortado before work | preferences | cortado | is anyone in every morning for a cortado?",
			"fan of a design taste             | Fan of muted colours, nothing neon please | preferences | muted colours | my wife is a fan of muted colours",
			// hobbies
			"a hobby with a frequency          | I play squash 2 times a week | interests | squash | my husband plays squash 2 times a week",
			"go X at a place with a frequency  | I go bouldering at the wall 4x a week | interests | bouldering | my son goes bouldering at the wall 4x a week",
			"big into X                        | me and my wife are big into crosswords | interests | crosswords | my wife is big into crosswords",
			"just took up X                    | I'm a retired teacher, just took up pottery | interests | pottery | my wife just took up pottery",
			"started X-ing                     | I started bouldering last year and I'm hooked | interests | bouldering | I started bouldering last year but gave up",
			"got into X                        | I've just got into sourdough baking | interests | sourdough | I got into trouble with my bank",
			"keep bees                         | we keep chickens in the back garden | interests | chickens | my neighbour keeps chickens in the back garden",
			"run a channel about X             | I run a YouTube channel about baking | interests | baking | my daughter runs a YouTube channel about baking",
			"run a club                        | I run a book club with 12 members | interests | book club | my mum runs a book club",
			"volunteer at                      | I volunteer at a food bank on Saturdays | interests | food bank | my son volunteers at a food bank",
			"amateur X here                    | amateur photographer here, which lens for birds? | interests | photographer | my uncle is an amateur photographer",
			"a hobbyist noun with a qualifier  | Keen gardener. Do you sell raised beds? | interests | gardener | My husband is a keen gardener",
			"a beginner instrumentalist        | Big drummer here, need new sticks | interests | drums | my son is a big drummer",
			"X snob                            | I'm a total wine snob | interests | wine | my father-in-law is a total wine snob",
			"cook a cuisine                    | I mostly cook Thai food at home | interests | Thai food | my flatmate mostly cooks Thai food",
			"in a league                       | I'm in a Sunday football league | interests | football league | my son is in a Sunday football league",
			"sing in a choir                   | I sing in a gospel choir, any throat sweets? | interests | gospel choir | my wife sings in a gospel choir",
			"recovering from                   | I'm recovering from knee surgery so no stairs | constraints | knee surgery | my husband is recovering from knee surgery",
			"on crutches                       | I'm on crutches at the moment, is there a lift? | constraints | crutches | is there a lift for people on crutches?",
			"sensitive to                      | I'm really sensitive to strong smells | constraints | strong smells | my son is really sensitive to strong smells",
			// goals
			"a goal after a state              | I'm vegan and trying to run a marathon this year | goals | marathon | my son is vegan and trying to run a marathon",
			"want to get into X                | I've always wanted to get into sailing | goals | sailing | my wife has always wanted to get into sailing",
			"a goal after what the writer does | I run a small bakery in Leeds and want to open a second shop next year | goals | second shop | my aunt runs a bakery and wants to open a second shop",
			"learning X on your app            | I'm learning Greek on your app | goals | Greek | is anyone learning Greek on your app?",
			"aiming to pass an exam            | I'm studying nights, aiming to pass the CFA level 1 in June | goals | CFA | is the CFA hard to pass?",
			"my first race                     | need a new wetsuit for my first triathlon | goals | triathlon | my son needs a wetsuit for his first triathlon",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"does this jacket come in XL?",
			"My niece wants the pink one, do you have it in kids size 30?",
			"the TV is under $400 on your site",
			"the council has a budget of $1k for the party",
			"I'd love to learn the cello someday but let's be honest that's never happening",
			"my knee is not done yet, I can still play",
			"I took up the offer you sent",
			"I used to cycle to work",
			"what's the usual delivery time?",
			"I'm saving up so I want to cut my monthly subscriptions down",
			"I'd like to pass on the extended warranty",
			"the women's 38 is out of stock again",
			"I returned the size 44, can I get the 45 instead?",
			"my back is killing me from sitting in your waiting room today",
			"same as always, the parcel is late",
			"same as always: please hurry",
			"I'd want a refund please",
			"I need it in 3 days max",
			"I'm a keen believer in returns",
			"I'm a large family of five",
			"I'm in the sales team",
	})
	void questionsOthersAndDoubtsInTheseFormsTeachNothing(String text) {
		// given a message that only looks like one of the constructions
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then nothing is learned
		assertThat(facts).as(text).isEmpty();
	}

	@Test
	void aWeightGoalBeforeAWeddingIsTheGoalNotTheWedding() {
		// given a weight goal with the wedding as its due date
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm dairy free and also trying to lose 6kg before my wedding in May"));

		// then the goal is the weight, and the wedding is no plan of its own
		assertThat(facts).filteredOn(fact -> "goals".equals(fact.category())).singleElement()
			.satisfies(fact -> assertThat(fact.value()).contains("6kg"));
	}

	@Test
	void aBudgetWithAThousandsSeparatorIsOneAmount() {
		// given an amount written with a thousands separator at the end of a list
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "we're a family of four, budget around €2,500 for the fortnight"));

		// then one budget is learned, the whole amount
		assertThat(facts).filteredOn(fact -> "budget".equals(fact.key())).singleElement()
			.satisfies(fact -> assertThat(fact.structuredValue()).containsEntry("max_amount", 2500.0));
	}

	@Test
	void cyclingToWorkIsACommuteNotAPastime() {
		// given a commute by bike
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I usually cycle to uni"));

		// then it is behaviour, and no interest
		assertThat(facts).extracting(ExtractedFact::category).containsExactly("behavior");
	}
}
