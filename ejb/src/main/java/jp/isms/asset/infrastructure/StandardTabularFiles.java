package jp.isms.asset.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jp.isms.asset.application.TabularFiles;
import jp.isms.asset.application.TabularFormat;

/** The adapters for .xlsx (Apache POI) and .csv. Stateless; one instance serves everyone. */
@ApplicationScoped
public class StandardTabularFiles implements TabularFiles {

    private final XlsxReader xlsxReader = new XlsxReader();
    private final CsvReader csvReader = new CsvReader();
    private final XlsxWriter xlsxWriter = new XlsxWriter();
    private final CsvWriter csvWriter = new CsvWriter();

    @Override
    public Reader reader(TabularFormat format) {
        return format == TabularFormat.XLSX ? xlsxReader : csvReader;
    }

    @Override
    public Writer writer(TabularFormat format) {
        return format == TabularFormat.XLSX ? xlsxWriter : csvWriter;
    }
}
