package jp.isms.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) in the test JVM on the port the build reserved ({@code it.smtp.port}); the server
 * under test sends to it through its mail session. Mails are sent after commit on another thread, so reading waits
 * for them a little (it does not move any clock).
 */
final class Mailbox implements AutoCloseable {

    /** A received mail, decoded: the subject as the reader sees it and as it travelled, the text. */
    record Mail(String to, String subject, String rawSubject, String text, String language) {
    }

    private final GreenMail greenMail;

    private Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static Mailbox start() {
        int port = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new Mailbox(server);
    }

    /** Every mail to the address so far. */
    List<Mail> to(String address) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                Address[] recipients = message.getAllRecipients();
                if (recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    String[] raw = message.getHeader("Subject");
                    String[] language = message.getHeader("Content-Language");
                    mails.add(new Mail(address, message.getSubject(), raw == null ? null : raw[0],
                            message.getContent().toString(), language == null ? null : language[0]));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** Waits up to 30 s for a mail to the address that matches; fails if none comes. */
    Mail await(String address, Predicate<Mail> matching) {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            for (Mail mail : to(address)) {
                if (matching.test(mail)) {
                    return mail;
                }
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no matching mail to " + address + "; received: " + to(address));
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
