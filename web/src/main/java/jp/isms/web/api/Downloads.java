package jp.isms.web.api;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file as a download: the bytes, their type and a name the browser keeps (Japanese names included). */
final class Downloads {

    static final String PDF = "application/pdf";
    static final String XLSX = AssetsResource.XLSX;

    private Downloads() {
    }

    static Response attachment(byte[] content, String type, String fileName) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + fileName
                + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)).build();
    }
}
