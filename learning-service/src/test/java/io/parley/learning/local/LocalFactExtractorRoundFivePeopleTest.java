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
 * The fifth round's forms of who the writer is and what they do, found in three outside writers' sets (blind3, blind4,
 * blind5): each construction is tested with other names, places, jobs and relatives than the dev sentence it came
 * from, and with a lookalike that must teach nothing (someone else, a question, a negation, a visit).
 */
class LocalFactExtractorRoundFivePeopleTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// jobs whose word is not listed but whose ending says it is one
			"a job by its ending (-ologist)        | I'm a dermatologist, do you sell SPF 50 in bulk | professional | dermatologist | is a dermatologist available on Saturdays?",
			"a job by its ending (-grapher)        | I'm a videographer so I need fast cards | professional | videographer | my cousin is a videographer so she needs fast cards",
			"a job by its ending (-caster)         | I'm a podcaster with two weekly shows | professional | podcaster | my flatmate is a podcaster with two weekly shows",
			"a participle ends the title           | I am an architect practising in Bergen and need the licence | professional | architect | is there an architect practising in Bergen?",
			"a place after practising              | I am an architect practising in Bergen and need the licence | personal | Bergen | is there an architect practising in Bergen?",
			"a later last year is no visit            | I'm a physiotherapist in Gdansk, bought the table last year | personal | Gdansk | my physiotherapist in Gdansk retired last year",
			"a kind of employer with the job       | I'm a data engineer at a small bank, mostly SQL | professional | small bank | my brother is a data engineer at a small bank",
			"a job said on the way after a comma   | Hello, i am Meera from Kochi, working as accountant in a bank | professional | accountant | Hello, my sister Meera is working as accountant in a bank",
			"work like a job (non-native)          | I work like taxi driver in Faro | professional | taxi driver | my cousin works like taxi driver in Faro",
			"employer in a new job at            | I'm relocating to Dublin for a new job at Stripe | professional | Stripe | my husband is relocating to Dublin for a new job at Stripe",
			"department after the employer         | I work for Unilever in the finance department | professional | finance | my wife works for Unilever in the finance department",
			"full-time or part-time                | I work part-time so evenings are best | professional | part-time | my husband works part-time so evenings are best",
			"my shift at the workplace             | I start my shift at the warehouse at 6 | professional | warehouse | my son starts his shift at the warehouse at 6",
			"a business of their own               | I run a little pizzeria in Bari | professional | pizzeria | I ate at a little pizzeria in Bari",
			"a channel of their own                | I run a YouTube channel about baking | professional | channel | I watch a YouTube channel about baking",
			"a business in brackets                | As a sole trader (I run a bike shop in Utrecht) I need VAT invoices | personal | Utrecht | As a sole trader my brother runs a bike shop in Utrecht",
			"we are a kind of firm                 | We're a 30-person design agency in Leeds | professional | design agency | We're looking for a design agency in Leeds",
			"a team at an unnamed employer         | we're a team of 8 devs at a healthtech startup | professional | healthtech startup | they're a team of 8 devs at a healthtech startup",
			"our shop does                         | Our bakery sells about 200 loaves a day | professional | bakery | Your bakery sells about 200 loaves a day?",
			"what they sell and where              | I sell handmade candles on Etsy | professional | handmade candles | I bought handmade candles on Etsy",
			"what they manage                      | I manage a fleet of 12 taxis in Cork | professional | fleet | my uncle manages a fleet of 12 taxis in Cork",
			"an expat and a field                  | I'm a British expat in Valencia working in tourism | professional | tourism | is there a British expat in Valencia working in tourism?",
			"an expat's place                      | I'm a British expat in Valencia working in tourism | personal | Valencia | is there a British expat in Valencia working in tourism?",
			"both retired                          | My husband and I are both retired now | professional | retired | My husband and his brother are both retired now",
			"a degree they came for                | Just moved to Bath for a PhD in chemistry | professional | chemistry | my son just moved to Bath for a PhD in chemistry",
			"coding in a language                  | I need a laptop mostly for coding in Rust | professional | Rust | my son needs a laptop mostly for coding in Rust",
			"the size of their employer            | I'm the HR lead, our company has 120 employees | professional | 120 employees | does your company have 120 employees?",
			"where they study                      | I study law at Trinity College | professional | Trinity College | my daughter studies law at Trinity College",
			"a student at a named school           | I'm a second year law student at Queen's | professional | Queen's | is there a second year law student at Queen's?",
			"a field of study apart from the title | I'm an MSc student in soil science at Wageningen University | professional | Studies soil science | my son is an MSc student in soil science",
			"the degree they came for              | Just moved to Bath for a PhD in chemistry | professional | PhD | my son just moved to Bath for a PhD in chemistry",
			"a name put right                      | My name isn't Catherine, it's Katrin. | personal | Katrin | My name isn't important, it's the order that matters.",
			"a department as said                  | I work at Philips in the legal department | professional | legal department | my wife works at Philips in the legal department",
			"before the kids wake up               | I always do my banking before the kids wake up | personal | kids | my sister does her banking before the kids wake up",
			"an age range with I'm                 | I'm in my late 40s and new to lifting | personal | late 40s | my boss is in his late 40s and new to lifting",
			"a child by its age                    | I have a 4-year-old so mornings are chaos | personal | 4-year-old | my sister has a 4-year-old so mornings are chaos",
			"graduated from a school               | I just graduated from Napier University | professional | Napier University | my son just graduated from Napier University",
			"graduated in a field                  | I graduated in nursing last year | professional | nursing | my daughter graduated in nursing last year",
			"teach at a school                     | I teach at a sixth form college in Derby | professional | sixth form college | my wife teaches at a sixth form college in Derby",
			"an age range after a noun             | I'm a woman in my 50s and new to the gym | personal | 50s | my aunt is a woman in her 50s",
			"age and sex then here                 | 42F here, new to lifting | personal | 42 | is 42F here the right size?",
			"as an N-year-old                      | As a 30-year-old I want a simple pension | personal | 30 | As a 30-year-old company we want a simple pension",
			"my partner and I have N kids          | My husband and I have three kids | personal | three kids | My sister and her husband have three kids",
			"freelance work they do                | I do freelance web design from home | professional | freelance web design | my wife does freelance web design from home",
			"in the forces                         | I'm in the army so we move a lot | professional | army | my son is in the army so he moves a lot",
			"on leave                              | I'm on maternity leave until March | professional | maternity leave | my wife is on maternity leave until March",
			"looking for work                      | I'm job hunting at the moment | professional | looking for work | my son is job hunting at the moment",
			"a title said as letters               | I'm an RN on a cardiac ward | professional | rn | is an RN on the cardiac ward today?",
			"at a university said short            | I'm at Leeds uni studying law | professional | Leeds uni | my son is at Leeds uni studying law",
			"school exams they sit                 | I'm doing my A-levels this year | professional | A-levels | my daughter is doing her A-levels this year",
			"a student at a town                   | I'm a PhD student in geology at Plymouth | personal | Plymouth | is there a PhD student in geology at Plymouth?",
			// the writer's own language
			"j'habite à                            | J'habite à Nantes depuis deux ans | personal | Nantes | J'habite à côté de la gare",
			"soy de ... pero vivo en (origin)      | soy de Bilbao pero vivo en Madrid | personal | Bilbao | soy de la opinión que no",
			"soy de ... pero vivo en (home)        | soy de Bilbao pero vivo en Madrid | personal | Madrid | mi hermano vive en Madrid",
			"ich wohne in                          | Ich möchte die Adresse ändern, ich wohne jetzt in Leipzig | personal | Leipzig | Mein Bruder wohnt in Leipzig",
			"je suis à                             | Bonjour, je suis à Genève pour le travail | personal | Genève | Bonjour, je suis à la recherche d'un vélo",
			"a job in German                       | Ich bin Krankenschwester und suche Schuhe | professional | Krankenschwester | Meine Mutter ist Krankenschwester",
			"a job in French with its town         | Salut, je suis infirmière à Lille | personal | Lille | Salut, je suis fatiguée",
			// introductions
			"X here from Y                         | Hey, Tomasz here from Gdynia. I need a quote | personal | Gdynia | Tomasz from Gdynia recommended you",
			"I'm X from Y                          | hello, i am Ravi from Chennai, need a new SIM | personal | Ravi | hello, is Ravi from Chennai there?",
			"an age after the name                 | Hi, I'm Lukas, 34, from Graz | personal | 34 | Hi, is Lukas, 34, from Graz on your team?",
			"an age in years alone                 | I am 61 years and retired | personal | 61 | my father is 61 years and retired",
			"a height in metres                    | I'm 1.68m so the long version is too long | personal | 1.68m | the sofa is 1.68m so it won't fit",
			"a height in feet                      | I'm 6'3 so the standard frame is too small | personal | 6'3 | is 6'3 too tall for the medium frame?",
			"a form of address is a name           | Kindly address me as Mrs Adeyemi | personal | Adeyemi | Kindly address the parcel to Mrs Adeyemi",
			"a signature under a letter            | Dear team,\\nPlease send the forms by post.\\nKind regards,\\nHelen Marsh | personal | Helen Marsh | Dear team,\\nIs Helen Marsh still working there?",
			// family, home and traits said in passing
			"my N kids                             | I'm travelling to Crete with my three kids | personal | three kids | my sister is travelling to Crete with her three kids",
			"with the kids                         | We moved to Perth in May with the kids | personal | kids | My neighbours moved to Perth in May with the kids",
			"after the kids are in bed             | I only get to shop after the kids are asleep | personal | kids | my sister only shops after the kids are asleep",
			"my pet and its name anywhere          | I take my spaniel Rufus everywhere | personal | spaniel | my neighbour takes her spaniel Rufus everywhere",
			"a single parent                       | I'm a single dad, money is tight | personal | single dad | my brother is a single dad, money is tight",
			"my gf and I                           | My gf and I love escape rooms | personal | gf | My gf and her sister love escape rooms",
			"me and my partner are into            | me and my fiancé are both vegan | personal | fiancé | me and my fiancé are both tired",
			"a wedding of their own ahead          | I need a suit for my wedding in September | personal | wedding | I need a suit for my brother's wedding in September",
			"a family of N with the kids           | We're a family of four (two kids under 5) looking for a cabin | personal | two kids | Is the cabin good for a family of four?",
			"live alone                            | I'm widowed and live alone now | personal | live alone | my mum is widowed and lives alone now",
			"the floor they live on                | We live on the 5th floor with no lift | personal | 5th floor | The office is on the 5th floor with no lift",
			"a first home                          | We just bought our first flat in Cork | personal | first flat | my parents just bought their first flat in Cork",
			"left-handed                           | I'm left-handed, the normal scissors hurt | personal | left-handed | is the mouse left-handed?",
			"a faith                               | As a Sikh I keep my head covered | personal | Sikh | As a Sikh restaurant, do you serve meat?",
			"commute from a place                  | I cycle to work from Hackney every day | personal | Hackney | my wife cycles to work from Hackney every day",
			// languages
			"a language they read                  | I can read Italian but please write in English | personal | Italian | I can read the Italian menu",
			"a list of languages with commas       | I speak Polish, Russian and a bit of German | personal | Russian | my nan speaks Polish, Russian and a bit of German",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text.replace("\\n", "\n"), category, about,
				lookalike.replace("\\n", "\n"));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"I work from home on Mondays and Fridays",
			"retired now and spending winters in Lanzarote",
			"I speak Greek and a bit of Italian, want to add Spanish next",
			"call me Bea, nobody calls me Beatrix",
			"I'm a dentist and would like to order gloves for my practice in Braga",
			"I'm applying for a job at Stripe",
			"Moved here from Brazil 3 years ago",
			"The role at Amazon sounds great",
			"I'm in the police station car park",
			"I'm on medical cannabis for my back",
	})
	void noWrongFactFromTheLookalikesOfTheNewForms(String text) {
		// when a message that says less than it seems is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then no place is a day or a visit, no language a wish, no nickname a name, no practice an employer
		assertThat(facts).as(text).noneSatisfy(fact -> assertThat(fact.value()).matches(
				"Lives in (?:Mondays|Lanzarote)|Speaks Spanish.*|Name is (?:Bea|Moved)|Works at (?:Braga|Stripe|Amazon)|Serves in the police|Is on medical.*"));
	}

	@Test
	void aNicknameIsHowToAddressThemAndTheFullNameTheirName() {
		// when a writer gives the short name they go by and the full one
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "call me Bea, nobody calls me Beatrix"));

		// then the full name is the name
		assertThat(facts).extracting(ExtractedFact::value).contains("Full name is Beatrix").doesNotContain("Name is Bea");
	}

	@Test
	void theSameWordsAboutSomeoneElseOrAsAQuestionTeachNothing() {
		for (String text : List.of("my sister is a single mum with three kids", "is my kitten Biscuit too young for the jab?",
				"my colleague just got a new job at Shopify", "would you address me as Dr. Okafor?")) {
			assertThat(extractor.extract(ExtractionRequest.of("t", text))).as(text).isEmpty();
		}
	}
}
