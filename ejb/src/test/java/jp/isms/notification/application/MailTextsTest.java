package jp.isms.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import jp.isms.notification.domain.MailKind;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    static final TaskFacts TASK = new TaskFacts("t-1", "Task_ReviewByCiso", "CISO review", "risk-assessment-approval",
            "RA-2026-01", Date.from(Instant.parse("2026-11-30T08:00:00Z")), "/app/tasks/review-risk-assessment.xhtml",
            Set.of("ciso"), null);

    @Test
    void aNewTaskInJapaneseWithTheTaskNameFromTheBundleTheDueTimeInJapanAndTheLink() {
        Recipient ciso = new Recipient("ciso", "佐藤 花子", "ciso@sample.example", Locale.JAPANESE);
        String link = MailTexts.link("http://isms.example/", TASK);
        MailTexts.Text text = MailTexts.task(MailKind.TASK, Locale.JAPANESE, ciso, TASK, link, null);
        assertThat(link).isEqualTo("http://isms.example/app/tasks/review-risk-assessment.xhtml?taskId=t-1");
        assertThat(text.subject()).startsWith("[ISMS] 新しいタスク: ").contains("RA-2026-01").doesNotContain("Task_");
        assertThat(text.body()).contains("佐藤 花子 様", "2026-11-30 17:00", link).doesNotContain("代理");
    }

    @Test
    void inEnglishForAnEnglishReaderAndADeputyIsToldWhomTheyStandInFor() {
        Recipient deputy = new Recipient("office", "Ichiro Suzuki", "office@sample.example", Locale.ENGLISH);
        MailTexts.Text text = MailTexts.task(MailKind.ESCALATION, Locale.ENGLISH, deputy, TASK, "http://x/t", "佐藤 花子");
        assertThat(text.subject()).startsWith("[ISMS] Overdue: ");
        assertThat(text.body()).contains("Dear Ichiro Suzuki", "http://x/t", "deputy of 佐藤 花子");
    }

    @Test
    void withoutAFormTheLinkOpensTheInbox() {
        TaskFacts noForm = new TaskFacts("t-2", "x", "x", "p", null, null, null, Set.of(), "top");
        assertThat(MailTexts.link("http://localhost:8080", noForm)).isEqualTo("http://localhost:8080/app/inbox.xhtml?taskId=t-2");
        Recipient top = new Recipient("top", "山田 太郎", "top@sample.example", Locale.JAPANESE);
        assertThat(MailTexts.task(MailKind.REMINDER, Locale.JAPANESE, top, noForm, "l", null).body()).contains("期限: なし");
    }

    @Test
    void aDigestBundlesEveryMailCountedAndListsAtMostFifteenInFull() {
        Recipient top = new Recipient("top", "山田 太郎", "top@sample.example", Locale.JAPANESE);
        List<MailTexts.Text> items = IntStream.rangeClosed(1, 17)
                .mapToObj(i -> new MailTexts.Text("件名" + i, "本文" + i + "\n\n-- \nfooter")).toList();
        MailTexts.Text digest = MailTexts.digest(Locale.JAPANESE, top, items);
        assertThat(digest.subject()).contains("17件");
        assertThat(digest.body()).contains("件名1\n", "件名15", "ほか 2 件").doesNotContain("件名16");
    }
}
