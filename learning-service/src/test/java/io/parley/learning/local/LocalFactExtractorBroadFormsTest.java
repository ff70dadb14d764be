package io.parley.learning.local;

import io.parley.learning.domain.ExtractionRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The general forms beyond "I + verb": verbless fragments about the writer, introductions in other languages,
 * habits, health, budgets and contact style; and the traps that look like them but state nothing about the user.
 */
class LocalFactExtractorBroadFormsTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0} -> {1} / {2}")
	@CsvSource(delimiter = '|', value = {
			// fragments without "I"
			"Vegetarian for ten years now.                      | constraints   | Is vegetarian",
			"Mum of two teenagers, always short on time.         | personal      | Is a mum of two teenagers",
			"Grandad of a six-year-old.                          | personal      | Is a grandad of a six-year-old",
			"Father of twins here!                               | personal      | Is a father of twins",
			"Vintage camera collector here.                      | interests     | Collects vintage camera",
			"Retired nurse, living by the sea.                   | professional  | Is a retired nurse",
			"Junior product designer at a gaming studio in Oslo. | professional  | Works as a junior product designer at a gaming studio",
			"Co-founder of a climate startup.                    | professional  | Is the co-founder of a climate startup",
			"Complete early bird.                                | behavior      | Is an early bird",
			"Conversational in German.                           | personal      | Speaks German",
			"Originally from Manila.                             | personal      | Is from Manila",
			"Born and raised in Glasgow.                         | personal      | Is from Glasgow",
			"Been climbing for about ten years.                  | interests     | Has been climbing for a while",
			"Been playing the cello since I was seven.           | interests     | Has been playing the cello for a while",
			"Slowly learning Welsh on the side.                  | goals         | Is learning Welsh",
			"The dream is to buy a house in the countryside.     | goals         | Wants to buy a house in the countryside",
			"Dairy-free family since our son's allergy.          | constraints   | Is dairy-free",
			"Dodgy back since my twenties.                       | constraints   | Has a bad back",
			"Based in Lisbon.                                    | personal      | Lives in Lisbon",
			"Married with two kids.                              | personal      | Is married",
			"Lactose intolerant, sadly.                          | constraints   | Is lactose intolerant",
			"Coeliac, so gluten is a no.                         | constraints   | Has a health condition: coeliac",
			"Work as a paralegal.                                | professional  | Works as a paralegal",
			"Huge fan of Studio Ghibli films.                    | interests     | Is a fan of Studio Ghibli films",
			"Die-hard Liverpool supporter.                       | interests     | Is a liverpool supporter",
			"Keen baker here.                                    | interests     | Is a baker",
			"Proud owner of two rescue greyhounds.               | personal      | Has two greyhounds",
			"Gave up meat last year.                             | constraints   | Does not eat meat",
			"Switched to a plant-based diet.                     | constraints   | Is plant-based",
			"Stay-at-home dad of two.                            | personal      | Is a dad of two",
			"Owner of a small bike shop.                         | professional  | Runs a small bike shop",
			"Freelance translator based in Porto.                | personal      | Lives in Porto",
			"Native speaker of Portuguese.                       | personal      | Speaks Portuguese",
			"From Accra originally.                              | personal      | Is from Accra",
			"Recently moved to Bristol.                          | personal      | Lives in Bristol",
			"Been brewing my own beer for a few years.           | interests     | Has been brewing their own beer for a while",
			"Please don't ring me, WhatsApp is better.           | communication | Prefers contact by whatsapp",
			"Please don't ring me.                               | communication | Prefers not to be phoned",
			"Soy Mateo, de Bogotá.                               | personal      | Name is Mateo",
			"I'm partially sighted.                              | constraints   | Is partially sighted",
			"Avid reader of sci-fi.                              | interests     | Reads sci-fi",
			"I work in procurement at a university.              | professional  | Works at a university",
			// introductions
			"Hey, it's Mateo from the other day.                 | personal      | Name is Mateo",
			"Aiko here, quick question about my order.           | personal      | Name is Aiko",
			"Hi there, Marco here.                               | personal      | Name is Marco",
			"Me llamo Diego.                                     | personal      | Name is Diego",
			"Ciao, sono Giulia.                                  | personal      | Name is Giulia",
			"Merhaba, ben Ayşe.                                  | personal      | Name is Ayşe",
			// first-person forms
			"As a pharmacist I see this every day.               | professional  | Works as a pharmacist",
			"As a single dad of two, I don't have much time.     | personal      | Is a dad of two",
			"I tutor chemistry at a local college.               | professional  | Teaches chemistry",
			"I work in payroll at a hospital.                    | professional  | Works in payroll",
			"I work in payroll at a hospital.                    | professional  | Works at a hospital",
			"I'm the IT admin at Hartwell Logistics.             | professional  | Works as an it admin",
			"I'm in a wheelchair, so step-free access matters.   | constraints   | Uses a wheelchair",
			"I was diagnosed with asthma as a kid.               | constraints   | Has a health condition: asthma",
			"I speak Tagalog and English at home.                | personal      | Speaks Tagalog",
			// habits
			"I always book aisle seats.                          | preferences   | Always books aisle seats",
			"I never buy on credit.                              | preferences   | Never buys on credit",
			"I only fly direct.                                  | preferences   | Only flies direct",
			"I get around by scooter.                            | preferences   | Commutes by scooter",
			"I walk to work.                                     | behavior      | Walks to work",
			"I bake sourdough most weekends.                     | interests     | Likes to bake sourdough",
			"Cheese is my weakness.                              | preferences   | Loves cheese",
			"Gardening is my therapy.                            | interests     | Loves gardening",
			// budget and communication style
			"Anything under £40 a month works.                   | constraints   | Budget is at most 40 GBP a month",
			"Nothing over $25 please.                            | constraints   | Budget is at most 25 USD",
			"Under £100 ideally.                                 | constraints   | Budget is at most 100 GBP",
			"No phone calls please, I'm better over text.        | communication | Prefers contact by text",
			"Email works best, I'm rarely near a phone.          | communication | Prefers contact by email",
			"Feel free to use technical terms.                   | communication | Is comfortable with technical terms",
			"Straight to the point please.                       | communication | Prefers short answers (straight to the point)",
	})
	void aGeneralFormAboutTheWriterIsAFact(String text, String category, String value) {
		assertThat(extractor.extract(ExtractionRequest.of("t", text)))
			.anySatisfy(fact -> {
				assertThat(fact.category()).isEqualTo(category);
				assertThat(fact.value()).isEqualTo(value);
				assertThat(fact.retraction()).isFalse();
			});
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// other people
			"My wife is vegan.",
			"She's originally from Nairobi.",
			"My husband is a retired teacher.",
			"My dad is a night owl.",
			"He's been playing piano since he was five.",
			"My sister is learning Japanese.",
			"My boss always books aisle seats.",
			"Bought it for my dad, he's a keen gardener.",
			"My son is a dad of two now.",
			"Ben Smith from accounts emailed you.",
			"Their founder was on TV.",
			// questions and hypotheticals
			"Are you a night owl?",
			"If I were a teacher I'd quit.",
			"If I were fluent in Mandarin I'd move.",
			"Were you originally from Kraków?",
			"Anything under £40 a month?",
			"Is the plan to open a shop?",
			"Married couples get a discount?",
			// one-off states
			"I'm tired today.",
			"I have a sore back today.",
			"Been waiting for two hours for a reply.",
			"Been on hold for an hour.",
			"Been waiting since 9am.",
			// quotes and jokes
			"\"Vegan for life\" was printed on the box.",
			"\"I'm a night owl\" is what my brother says.",
			"Cheese is my weakness haha",
			"Been playing this game for hours lol",
			// negations and requests
			"I'm not vegetarian, just curious.",
			"I never got my refund.",
			"I never received the package.",
			"I always forget my password.",
			"I only need the receipt.",
			"I only have ten minutes.",
			"I always have to chase you for updates.",
			// fragments that are not about the writer
			"Great teacher, my son loves her.",
			"Terrible delivery driver today.",
			"Awesome barista at your Leeds branch.",
			"Lovely nurse, very kind.",
			"Nurse was rude to me.",
			"Former teacher, now unemployed.",
			"Living in London is expensive.",
			"It's Monday again, ugh.",
			"Hey, it's broken again.",
			"Hello, this is urgent.",
			"Hey, it's me again.",
			"Ich bin müde.",
			"Learning a lot from this chat.",
			"Nobody here speaks German.",
			"Owner of the shop never replied.",
			"Staff were rude at the Leeds branch.",
			"Asthmatic kids need inhalers.",
			"Vegetarian options are limited here.",
			"My neighbour is a Lego collector.",
			"Moved to Bristol? Wow.",
			"My kids always shop local.",
			"Amazing midwife, thank you!",
			"Backend developer needed urgently?",
			"Hey it's not working.",
			"Retired people get a discount, right?",
			"My roommate only drinks decaf.",
	})
	void lookalikesAboutOthersQuestionsOneOffStatesQuotesJokesAndNegationsTeachNothing(String text) {
		assertThat(extractor.extract(ExtractionRequest.of("t", text))).isEmpty();
	}
}
