package org.gongkai.assessment.web;

import java.util.List;
import org.gongkai.assessment.Bulletin;
import org.springframework.web.util.HtmlUtils;

/**
 * A bulletin's charts drawn on the server as SVG (issue 16 §3): a bar per unit of the records it published in the
 * month, and the county's records per month over the year up to it. Every text is escaped; each chart names itself
 * (title and description) for screen readers, and the page shows the same figures in a table.
 */
final class BulletinCharts {

    private static final int WIDTH = 720;
    private static final int LABEL = 200;
    private static final int ROW = 22;

    private BulletinCharts() {}

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }

    /** Horizontal bars: each unit's records published, in rank order. */
    static String bars(String id, Bulletin.Content c) {
        List<Bulletin.Line> lines = c.lines();
        long max = Math.max(
                1, lines.stream().mapToLong(Bulletin.Line::published).max().orElse(1));
        int height = Math.max(1, lines.size()) * ROW + 10;
        int span = WIDTH - LABEL - 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">各单位本月发布信息条数</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(esc(describeBars(lines)))
                .append("</desc>");
        int y = 5;
        for (Bulletin.Line l : lines) {
            long w = l.published() * span / max;
            svg.append("<text x=\"")
                    .append(LABEL - 6)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" text-anchor=\"end\" font-size=\"13\">")
                    .append(esc(l.unit()))
                    .append("</text>");
            svg.append("<rect x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(Math.max(w, 1))
                    .append("\" height=\"")
                    .append(ROW - 6)
                    .append("\" fill=\"#1d5fa8\"/>");
            svg.append("<text x=\"")
                    .append(LABEL + w + 6)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" font-size=\"13\">")
                    .append(l.published())
                    .append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String describeBars(List<Bulletin.Line> lines) {
        StringBuilder d = new StringBuilder();
        for (Bulletin.Line l : lines) {
            d.append(d.isEmpty() ? "" : "；")
                    .append(l.unit())
                    .append(' ')
                    .append(l.published())
                    .append(" 条");
        }
        return d.toString();
    }

    /** A line of the county's records per month over the twelve months up to the bulletin's. */
    static String trend(String id, Bulletin.Content c) {
        List<Bulletin.TrendPoint> points = c.trend();
        int height = 220;
        int left = 50;
        int bottom = height - 30;
        int top = 15;
        long max = Math.max(
                1,
                points.stream().mapToLong(Bulletin.TrendPoint::published).max().orElse(1));
        int step = points.size() <= 1 ? 0 : (WIDTH - left - 30) / (points.size() - 1);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">全县每月发布信息条数（近 12 个月）</title>");
        StringBuilder desc = new StringBuilder();
        points.forEach(p -> desc.append(desc.isEmpty() ? "" : "；")
                .append(p.month())
                .append(' ')
                .append(p.published())
                .append(" 条"));
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(esc(desc.toString()))
                .append("</desc>");
        svg.append("<line x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(bottom)
                .append("\" x2=\"")
                .append(WIDTH - 20)
                .append("\" y2=\"")
                .append(bottom)
                .append("\" stroke=\"#555\"/>");
        svg.append("<text x=\"")
                .append(left - 6)
                .append("\" y=\"")
                .append(top + 5)
                .append("\" text-anchor=\"end\" font-size=\"12\">")
                .append(max)
                .append("</text>");
        svg.append("<text x=\"")
                .append(left - 6)
                .append("\" y=\"")
                .append(bottom)
                .append("\" text-anchor=\"end\" font-size=\"12\">0</text>");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Bulletin.TrendPoint p = points.get(i);
            long x = left + (long) i * step;
            long y = bottom - p.published() * (bottom - top) / max;
            path.append(i == 0 ? "" : " ").append(x).append(',').append(y);
            svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"#1d5fa8\"/>");
            svg.append("<text x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(bottom + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">")
                    .append(esc(p.month().substring(5)))
                    .append("月</text>");
        }
        svg.append("<polyline fill=\"none\" stroke=\"#1d5fa8\" stroke-width=\"2\" points=\"")
                .append(path)
                .append("\"/>");
        return svg.append("</svg>").toString();
    }
}
