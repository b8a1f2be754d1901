package org.gongkai.catalog;

import java.util.List;

/**
 * What an uploaded catalog file holds: the area its title or sheet names (if any), the items read from
 * it with their spreadsheet row numbers, and every problem found, each naming its row and column. A file
 * with any problem is not imported at all.
 */
public record ImportedCatalog(
        String fileName, String areaHint, List<Row> rows, List<String> problems, List<String> recognizedColumns) {

    /** One item as read, with the row it came from. */
    public record Row(int line, CatalogItemDraft item) {}

    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
