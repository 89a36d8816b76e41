package io.litmine.pubmed;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class PubmedDatesTest {

    private static Element date(String inner) {
        return Parser.xmlParser().parseInput("<PubDate>" + inner + "</PubDate>", "").child(0);
    }

    @Test
    void isExactlyAsPreciseAsTheXml() {
        assertThat(PubmedDates.partial(date("<Year>2018</Year><Month>Aug</Month>")))
                .isEqualTo("2018-08");
        assertThat(PubmedDates.partial(date("<Year>2018</Year><Month>08</Month><Day>7</Day>")))
                .isEqualTo("2018-08-07");
        assertThat(PubmedDates.partial(date("<Year>2018</Year>"))).isEqualTo("2018");
        assertThat(PubmedDates.partial(date("<Year>1990</Year><Season>Spring</Season>")))
                .isEqualTo("1990");
    }

    @Test
    void takesOnlyTheYearOfAMedlineDateRange() {
        assertThat(PubmedDates.partial(date("<MedlineDate>2015 Nov-Dec</MedlineDate>")))
                .isEqualTo("2015");
        assertThat(PubmedDates.partial(date("<MedlineDate>1998 Spring</MedlineDate>")))
                .isEqualTo("1998");
    }

    @Test
    void neverInventsADayForAnUnreadableMonth() {
        assertThat(PubmedDates.partial(date("<Year>2018</Year><Month>13</Month><Day>1</Day>")))
                .isEqualTo("2018");
        assertThat(PubmedDates.partial(date("<Year>20x8</Year>"))).isNull();
        assertThat(PubmedDates.full(date("<Year>2018</Year><Month>1</Month>"))).isNull();
        assertThat(PubmedDates.partial(null)).isNull();
    }
}
