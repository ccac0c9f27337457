package jp.isms.web.api;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file as a download: the bytes, their type and a name the browser keeps (Japanese names included). */
public final class Downloads {

    static final String PDF = "application/pdf";
    static final String XLSX = AssetsResource.XLSX;

    private Downloads() {
    }

    static Response attachment(byte[] content, String type, String fileName) {
        return Response.ok(content, type).header("Content-Disposition", disposition(fileName)).build();
    }

    /** The header value that makes a response a download under that name. */
    public static String disposition(String fileName) {
        return "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
    }
}
