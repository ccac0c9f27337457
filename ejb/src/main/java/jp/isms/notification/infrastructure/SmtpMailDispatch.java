package jp.isms.notification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.isms.notification.application.MailDispatch;
import jp.isms.notification.domain.NotificationMail;

/**
 * Sends through the WildFly mail session {@code java:jboss/mail/isms}. Never inside the task's transaction:
 * after it commits, on a managed thread, so a slow or absent SMTP server neither delays nor breaks a task;
 * a failure is logged and recorded on the mail.
 */
@ApplicationScoped
public class SmtpMailDispatch implements MailDispatch {

    private static final Logger LOG = Logger.getLogger(SmtpMailDispatch.class.getName());
    private static final String SCHEDULED = SmtpMailDispatch.class.getName() + ".scheduled";

    @Resource(lookup = "java:jboss/mail/isms")
    Session session;

    @Resource
    TransactionSynchronizationRegistry registry;

    @Resource
    ManagedExecutorService executor;

    @Inject
    MailMarks marks;

    @PostConstruct
    void timeouts() {
        // The mail subsystem sets no socket timeouts: a relay that accepts and then stalls must not hold a thread.
        session.getProperties().putIfAbsent("mail.smtp.connectiontimeout", "10000");
        session.getProperties().putIfAbsent("mail.smtp.timeout", "20000");
        session.getProperties().putIfAbsent("mail.smtp.writetimeout", "20000");
    }

    @Override
    public void afterCommit() {
        if (registry.getTransactionKey() == null) {
            executor.submit(this::sendPending);
            return;
        }
        if (registry.getResource(SCHEDULED) != null) {
            return;
        }
        registry.putResource(SCHEDULED, Boolean.TRUE);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.submit(SmtpMailDispatch.this::sendPending);
                }
            }
        });
    }

    @Override
    public int sendPending() {
        int sent = 0;
        List<NotificationMail> batch;
        do {
            batch = marks.claim(50);
            for (NotificationMail mail : batch) {
                try {
                    send(mail);
                    marks.sent(mail.getId());
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Mail {0} to {1} not sent: {2}",
                            new Object[] {String.valueOf(mail.getId()), mail.getRecipientEmail(), e.toString()});
                    marks.failed(mail.getId(), e.toString());
                }
            }
        } while (batch.size() == 50);
        return sent;
    }

    private void send(NotificationMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipientEmail(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        message.setHeader("Content-Language", mail.getLanguage());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
