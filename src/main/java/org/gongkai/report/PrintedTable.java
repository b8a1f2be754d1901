package org.gongkai.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of the report as printed: rows of cells with their spans, in the national layout (RULES §2.2–§2.4), and
 * each cell's position on the grid (the HTML table model), so that the .docx, .xlsx and PDF files merge the same
 * cells the portal page does.
 */
public record PrintedTable(String caption, int columns, List<List<Cell>> rows) {

    /**
     * One cell: its text, spans, whether it is a heading cell, the key of the figure it holds (null for a heading;
     * {@link ReportCells}), and its grid position.
     */
    public record Cell(String text, int colspan, int rowspan, boolean header, String key, int row, int column) {

        public boolean number() {
            return key != null;
        }
    }

    /**
     * The {@code scope} of a heading cell for screen readers: in a row that holds figures it heads that row (or the
     * rows it spans); above the figures it heads its column (or the columns it spans).
     */
    public String scope(Cell c) {
        boolean figures = rows.get(c.row()).stream().anyMatch(Cell::number);
        if (figures) {
            return c.rowspan() > 1 ? "rowgroup" : "row";
        }
        return c.colspan() > 1 ? "colgroup" : "col";
    }

    /** Builds a table row by row; cells are placed at the next free column, as a browser places them. */
    static final class Builder {
        private final String caption;
        private final int columns;
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<boolean[]> taken = new ArrayList<>();
        private List<Cell> current;
        private int column;

        Builder(String caption, int columns) {
            this.caption = caption;
            this.columns = columns;
        }

        Builder row() {
            current = new ArrayList<>();
            rows.add(current);
            occupied(rows.size() - 1);
            column = 0;
            return this;
        }

        Builder head(String text) {
            return cell(text, 1, 1, true, null);
        }

        Builder head(String text, int colspan, int rowspan) {
            return cell(text, colspan, rowspan, true, null);
        }

        Builder value(String text, String key) {
            return cell(text, 1, 1, false, key);
        }

        Builder value(String text, String key, int colspan) {
            return cell(text, colspan, 1, false, key);
        }

        private Builder cell(String text, int colspan, int rowspan, boolean header, String key) {
            int r = rows.size() - 1;
            while (column < columns && occupied(r)[column]) {
                column++;
            }
            if (column + colspan > columns) {
                throw new IllegalStateException("row " + r + " of " + caption + " overflows at " + text);
            }
            current.add(new Cell(text, colspan, rowspan, header, key, r, column));
            for (int i = 0; i < rowspan; i++) {
                boolean[] line = occupied(r + i);
                for (int j = 0; j < colspan; j++) {
                    line[column + j] = true;
                }
            }
            column += colspan;
            return this;
        }

        private boolean[] occupied(int r) {
            while (taken.size() <= r) {
                taken.add(new boolean[columns]);
            }
            return taken.get(r);
        }

        PrintedTable build() {
            return new PrintedTable(caption, columns, List.copyOf(rows));
        }
    }
}
