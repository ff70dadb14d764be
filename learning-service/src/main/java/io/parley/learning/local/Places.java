package io.parley.learning.local;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Place names people type in lower case ("just moved to leeds", "im from sao paulo"): after a word that introduces
 * a place they are written as names, so the rules that read places, which know a place by its capital letter, read
 * them too. Only countries, regions and well-known cities are listed, and only after "in", "to", "from", "near",
 * "around" or "outside"; a place that is also a common word ("nice", "reading", "bath", "turkey", "us") is left out.
 */
final class Places {

	private static final String NAMES = """
			afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
			bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
			burundi cambodia cameroon canada chile colombia congo croatia cuba cyprus czechia denmark djibouti
			dominica ecuador egypt england eritrea estonia eswatini ethiopia fiji finland france gabon gambia germany
			ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
			ireland israel italy jamaica japan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
			liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
			mauritania mauritius mexico moldova monaco mongolia montenegro morocco mozambique myanmar namibia nepal
			netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines
			poland portugal qatar romania russia rwanda samoa scotland senegal serbia seychelles singapore slovakia
			slovenia somalia spain sri_lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania
			thailand togo tonga trinidad tunisia turkmenistan uganda ukraine uruguay uzbekistan venezuela
			vietnam wales yemen zambia zimbabwe new_zealand south_africa south_korea north_korea saudi_arabia
			costa_rica el_salvador puerto_rico hong_kong northern_ireland the_netherlands the_philippines
			alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
			indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
			missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
			virginia wisconsin wyoming new_jersey new_mexico north_carolina south_carolina north_dakota
			south_dakota west_virginia rhode_island new_hampshire ontario quebec alberta manitoba saskatchewan
			nova_scotia british_columbia queensland tasmania victoria bavaria catalonia andalusia tuscany sicily
			sardinia brittany normandy provence yorkshire cornwall devon kent essex surrey sussex lancashire
			cheshire cumbria norfolk suffolk dorset somerset
			london manchester birmingham liverpool leeds sheffield bristol newcastle nottingham leicester coventry
			bradford glasgow edinburgh aberdeen dundee inverness cardiff swansea belfast derry brighton
			southampton portsmouth plymouth exeter norwich cambridge oxford york hull sunderland middlesbrough
			wolverhampton stoke preston blackpool bolton wigan huddersfield milton_keynes luton ipswich
			dublin cork galway limerick waterford kilkenny
			paris lyon marseille toulouse bordeaux lille nantes strasbourg montpellier rennes grenoble
			berlin munich hamburg cologne frankfurt stuttgart dusseldorf dortmund essen leipzig dresden hanover
			nuremberg bremen bonn vienna salzburg graz zurich geneva basel bern lausanne
			madrid barcelona valencia seville malaga bilbao zaragoza granada palma lisbon porto faro
			rome milan naples turin florence venice bologna genoa verona palermo
			amsterdam rotterdam utrecht eindhoven the_hague brussels antwerp ghent bruges
			copenhagen aarhus stockholm gothenburg malmo oslo bergen helsinki reykjavik
			warsaw krakow gdansk wroclaw poznan lodz prague brno budapest bratislava bucharest sofia belgrade
			zagreb ljubljana sarajevo athens thessaloniki istanbul ankara izmir antalya kyiv kiev lviv odesa
			moscow riga vilnius tallinn minsk tbilisi yerevan baku
			new_york los_angeles chicago houston phoenix philadelphia san_antonio san_diego dallas austin
			san_francisco seattle denver boston atlanta miami detroit portland las_vegas nashville baltimore
			minneapolis new_orleans pittsburgh cleveland cincinnati sacramento orlando tampa brooklyn queens
			toronto montreal vancouver calgary ottawa edmonton winnipeg halifax
			mexico_city guadalajara monterrey bogota medellin lima santiago buenos_aires montevideo
			sao_paulo rio_de_janeiro brasilia caracas quito havana
			sydney melbourne brisbane perth adelaide canberra hobart auckland wellington christchurch
			tokyo osaka kyoto yokohama seoul busan beijing shanghai shenzhen guangzhou taipei manila
			bangkok hanoi jakarta bali kuala_lumpur mumbai delhi new_delhi bangalore bengaluru hyderabad chennai
			kolkata pune ahmedabad jaipur karachi lahore islamabad dhaka kathmandu colombo
			dubai abu_dhabi doha riyadh jeddah muscat kuwait_city tehran baghdad beirut amman tel_aviv jerusalem
			cairo alexandria casablanca marrakech tunis algiers lagos abuja accra nairobi mombasa kampala kigali
			addis_ababa dar_es_salaam johannesburg cape_town durban pretoria harare lusaka
			""";

	/** Written as spelled, not capitalised word by word. */
	private static final Map<String, String> SPELLED = Map.of("uk", "UK", "usa", "USA", "uae", "UAE", "the us", "the US",
			"the uk", "the UK", "the uae", "the UAE");

	private static final Pattern LOWER_CASE_PLACE = Pattern.compile("(?<=\\b(?:in|to|from|near|around|outside)\\s)("
			+ Arrays.stream(NAMES.trim().split("\\s+"))
				.map(name -> name.replace('_', ' '))
				.sorted(Comparator.comparingInt(String::length).reversed())
				.map(name -> name.replace(" ", "\\s+"))
				.collect(Collectors.joining("|"))
			+ "|the us|the uk|the uae|uk|usa|uae)\\b(?!')", Pattern.UNICODE_CASE);

	private static final java.util.Set<String> KNOWN = Arrays.stream(NAMES.trim().split("\\s+"))
		.map(name -> name.replace('_', ' ')).collect(Collectors.toUnmodifiableSet());

	private Places() {
	}

	/** Whether the name is one of the listed places ("Plymouth", "Cape Town"), in any case. */
	static boolean known(String name) {
		return name != null && KNOWN.contains(name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
	}

	/** The text with lower-case place names after a place word written as names ("moved to new york" → "New York"). */
	static String capitalised(String text) {
		Matcher m = LOWER_CASE_PLACE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String place = m.group(1).replaceAll("\\s+", " ");
			String written = SPELLED.getOrDefault(place, Arrays.stream(place.split(" "))
				.map(word -> word.equals("the") || word.equals("de") || word.equals("es") ? word
						: word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
				.collect(Collectors.joining(" ")));
			m.appendReplacement(out, Matcher.quoteReplacement(written));
		}
		m.appendTail(out);
		return out.toString();
	}
}
