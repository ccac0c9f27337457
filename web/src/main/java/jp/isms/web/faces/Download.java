package jp.isms.web.faces;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A generated file handed to {@code p:fileDownload}. */
public final class Download {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Download() {
    }

    public static StreamedContent of(byte[] bytes, String contentType, String fileName) {
        return DefaultStreamedContent.builder().name(fileName).contentType(contentType)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
