package cn.jiangxin.testsupport;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Where things are drawn on a page of a PDF, in PDF points from the bottom left: the images, the rectangles (a form's
 * table cells) and the glyphs of its text. For tests that look at a layout rather than at its words.
 */
public record PdfGeometry(List<Rectangle2D> images, List<Rectangle2D> rectangles, List<Rectangle2D> glyphs) {

    public static PdfGeometry of(PDDocument doc, int pageIndex) throws IOException {
        PDPage page = doc.getPage(pageIndex);
        Shapes shapes = new Shapes(page);
        shapes.processPage(page);
        List<Rectangle2D> glyphs = new ArrayList<>();
        float height = page.getMediaBox().getHeight();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (!t.getUnicode().isBlank()) {
                    glyphs.add(new Rectangle2D.Float(t.getXDirAdj(), height - t.getYDirAdj(), t.getWidthDirAdj(),
                            t.getHeightDir()));
                }
            }
        };
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(doc);
        return new PdfGeometry(shapes.images, shapes.rectangles, glyphs);
    }

    /** The lowest edge of anything boxed on the page. */
    public double lowestRectangle() {
        return rectangles.stream().mapToDouble(Rectangle2D::getMinY).min().orElse(Double.NaN);
    }

    private static final class Shapes extends PDFGraphicsStreamEngine {

        final List<Rectangle2D> images = new ArrayList<>();
        final List<Rectangle2D> rectangles = new ArrayList<>();

        Shapes(PDPage page) {
            super(page);
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            images.add(new Rectangle2D.Float(m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(),
                    m.getScalingFactorY()));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            rectangles.add(new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY));
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }
    }
}
