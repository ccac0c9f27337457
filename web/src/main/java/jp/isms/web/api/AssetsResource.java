package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.isms.asset.application.AssetImportOutcome;
import jp.isms.asset.application.AssetRegister;
import jp.isms.asset.application.AssetRow;
import jp.isms.asset.application.ImportError;
import jp.isms.asset.application.TabularFormat;
import jp.isms.asset.domain.AssetChange;
import jp.isms.asset.domain.AssetType;
import jp.isms.asset.domain.Classification;
import jp.isms.organisation.application.Actor;
import jp.isms.shared.application.Messages;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/**
 * The asset inventory: paged reading, one asset at a time, and whole files in and out. An import is the
 * file itself as the request body (no multipart): {@code Content-Type} is the .xlsx type or
 * {@code text/csv}, or {@code ?fileName=} names the file.
 */
@Path("/assets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssetsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> FILTERS = List.of("assetNo", "name", "type", "owner", "department", "location",
            "classification", "confidentiality", "integrity", "availability", "value");

    @Inject
    CurrentUser currentUser;

    @Inject
    AssetRegister register;

    public record AssetJson(String assetNo, String name, String type, String classification, Integer confidentiality,
            Integer integrity, Integer availability, String owner, String department, String location) {

        AssetChange change() {
            return new AssetChange(name, value(AssetType.class, type, "asset.type"),
                    value(Classification.class, classification, "asset.classification"),
                    number(confidentiality, "asset.confidentiality"), number(integrity, "asset.integrity"),
                    number(availability, "asset.availability"), owner, department, location);
        }

        private static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
            if (text == null || text.isBlank()) {
                throw IsmsException.invalid("validation.required", field);
            }
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw IsmsException.invalid(type == AssetType.class ? "asset.import.unknownType"
                        : "asset.import.unknownClassification", text.strip());
            }
        }

        private static int number(Integer value, String field) {
            if (value == null) {
                throw IsmsException.invalid("validation.required", field);
            }
            return value;
        }
    }

    /** One row error of a refused import. */
    public record ImportErrorJson(int row, String column, String value, String error, String message) {
    }

    /** A refused import: the usual error body plus the row errors. */
    public record ImportRefusedJson(int status, String error, String message, List<ImportErrorJson> errors) {
    }

    @GET
    public Response list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max, @QueryParam("sort") @DefaultValue("assetNo") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc, @QueryParam("assetNo") String assetNo,
            @QueryParam("name") String name, @QueryParam("type") String type, @QueryParam("owner") String owner,
            @QueryParam("department") String department, @QueryParam("location") String location,
            @QueryParam("classification") String classification,
            @QueryParam("confidentiality") String confidentiality, @QueryParam("integrity") String integrity,
            @QueryParam("availability") String availability, @QueryParam("value") String value) {
        String[] given = { assetNo, name, type, owner, department, location, classification, confidentiality,
                integrity, availability, value };
        Map<String, String> filters = new HashMap<>();
        for (int i = 0; i < given.length; i++) {
            if (given[i] != null && !given[i].isBlank()) {
                filters.put(FILTERS.get(i), given[i]);
            }
        }
        Page<AssetRow> page = register.page(currentUser.actor(), new PageRequest(first, max, sort, asc, filters));
        return Response.ok(page.rows()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/{assetNo}")
    public AssetRow get(@PathParam("assetNo") String assetNo) {
        return register.get(currentUser.actor(), assetNo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AssetJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        AssetRow row = register.create(currentUser.actor(), body.assetNo(), body.change());
        return Response.status(Response.Status.CREATED).entity(row).build();
    }

    @PUT
    @Path("/{assetNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssetRow update(@PathParam("assetNo") String assetNo, AssetJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return register.update(currentUser.actor(), assetNo, body.change());
    }

    @POST
    @Path("/import")
    @Consumes({ XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM })
    public Response importFile(@QueryParam("fileName") String fileName, @jakarta.ws.rs.core.Context HttpHeaders headers,
            InputStream body) {
        Actor actor = currentUser.actor();
        String name = fileName;
        if (name == null || name.isBlank()) {
            MediaType type = headers.getMediaType();
            name = type != null && type.isCompatible(MediaType.valueOf("text/csv")) ? "upload.csv" : "upload.xlsx";
        }
        AssetImportOutcome outcome = register.importFile(actor, name, body);
        Locale locale = actor.locale();
        if (!outcome.accepted()) {
            List<ImportErrorJson> errors = outcome.errors().stream().map(e -> json(e, locale)).toList();
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ImportRefusedJson(400, "asset.import.refused",
                            Messages.get(locale, "asset.import.refused"), errors))
                    .build();
        }
        return Response.ok(Map.of("created", outcome.created(), "updated", outcome.updated(), "message",
                Messages.get(locale, "asset.import.done", outcome.created(), outcome.updated()))).build();
    }

    @GET
    @Path("/export")
    @Produces({ XLSX, "text/csv", MediaType.APPLICATION_JSON })
    public Response export(@QueryParam("format") @DefaultValue("xlsx") String format) {
        TabularFormat tabular = "csv".equalsIgnoreCase(format) ? TabularFormat.CSV
                : "xlsx".equalsIgnoreCase(format) ? TabularFormat.XLSX : null;
        if (tabular == null) {
            throw IsmsException.invalid("asset.import.unsupportedFormat", format);
        }
        Actor actor = currentUser.actor();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        register.export(actor, tabular, actor.locale(), out);
        String fileName = exportFileName(tabular);
        return Downloads.attachment(out.toByteArray(), tabular == TabularFormat.XLSX ? XLSX : "text/csv; charset=UTF-8",
                fileName);
    }

    static String exportFileName(TabularFormat format) {
        return "assets-" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "." + format.extension();
    }

    static ImportErrorJson json(ImportError e, Locale locale) {
        return new ImportErrorJson(e.row(), e.column() == null ? null : e.column().header(locale), e.value(),
                e.messageKey(), e.message(locale));
    }
}
