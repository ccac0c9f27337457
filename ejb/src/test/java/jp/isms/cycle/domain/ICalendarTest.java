package jp.isms.cycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-24T09:30:00Z");
    private static final String LONG_TITLE = "第1回維持審査 (サイクル1) — 審査機関との日程調整、文書の最終確認、内部監査の是正処置の完了確認, 全部門; 本社";

    private final String ics = ICalendar.write("ISMS 審査・期限 (佐藤 花子)", List.of(
            new ICalendar.Event("cycle-audit-51", LocalDate.of(2027, 2, 16), LONG_TITLE, "AUDIT", null, false),
            new ICalendar.Event("cycle-preparation-51", LocalDate.of(2026, 12, 22), "準備開始", "AUDIT_PREPARATION",
                    "http://localhost/app/dashboard/ciso.xhtml", true)), STAMP);

    @Test
    void everyLineEndsWithCrlfAndNoneIsLongerThan75Octets() {
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("\r\n ").as("the long Japanese title is folded");
    }

    @Test
    void aParserReadsTheAllDayEventsBackWithTheirTitles() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent audit = events.get(0);
        assertThat(audit.getUid().orElseThrow().getValue()).isEqualTo("cycle-audit-51@isms-lifecycle");
        assertThat(audit.getSummary().orElseThrow().getValue()).isEqualTo(LONG_TITLE);
        assertThat(audit.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270216");
        assertThat(audit.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(audit.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20270217");
        assertThat(audit.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20261124T093000Z");
    }

    @Test
    void textValuesAreEscaped() {
        assertThat(ICalendar.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }

    @Test
    void foldingNeverSplitsAMultiByteCharacter() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "SUMMARY:" + "審".repeat(60));
        String unfolded = out.toString().replace("\r\n ", "");
        assertThat(unfolded).isEqualTo("SUMMARY:" + "審".repeat(60) + "\r\n");
    }
}
