package cn.jiangxin.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Looks at an {@code .xlsx} before fastexcel-reader does: the number of zip entries, then every entry inflated once
 * through a counter (the real bytes, not the sizes the zip declares), refusing a total beyond the limit or an entry
 * that inflates more than the ratio allows, and each worksheet scanned with StAX (no DTD, no entities) for its row
 * count, its cells per row (at most 16,384, Excel's last column XFD) and cell addresses Excel could hold. So
 * fastexcel-reader, which builds each row whole and sizes it by the highest column address, only sees rows it can
 * build in bounded memory.
 */
final class ZipGuard {

    /** Columns of an Excel sheet (A to XFD). */
    static final int EXCEL_COLUMNS = 16_384;
    static final int EXCEL_ROWS = 1_048_576;
    private static final long RATIO_FREE_BYTES = 1L << 20;
    private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");
    private static final Pattern CELL_ADDRESS = Pattern.compile("\\$?([A-Z]{1,3})\\$?([0-9]{1,7})");
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    private final TabularLimits limits;
    private long inflated;

    private ZipGuard(TabularLimits limits) {
        this.limits = limits;
    }

    static void inspect(Path file, TabularLimits limits) {
        new ZipGuard(limits).inspect(file);
    }

    private void inspect(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                throw new TabularRefused("Excel文件内含" + zip.size() + "个部件，超过" + limits.maxZipEntries()
                        + "个的上限，不是普通的名单文件");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = new InflationCounter(zip.getInputStream(entry), entry.getCompressedSize())) {
                    if (WORKSHEET.matcher(entry.getName()).matches()) {
                        scanWorksheet(in);
                    } else {
                        in.transferTo(OutputDiscard.INSTANCE);
                    }
                }
            }
        } catch (IOException e) {
            throw new TabularRefused("这不是有效的Excel文件（.xlsx），可能已损坏，请用Excel打开后另存为.xlsx再上传", e);
        }
    }

    private void scanWorksheet(InputStream in) {
        long rows = 0;
        int cells = 0;
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (name.equals("row")) {
                        cells = 0;
                        String r = xml.getAttributeValue(null, "r");
                        if (r != null && !(r.length() <= 7 && r.chars().allMatch(Character::isDigit)
                                && Long.parseLong(r) >= 1 && Long.parseLong(r) <= EXCEL_ROWS)) {
                            throw new TabularRefused("Excel文件的行号“" + cut(r) + "”超出Excel的范围，文件已损坏或被篡改");
                        }
                        if (++rows > limits.maxRows() + 1) {
                            throw new TabularRefused("名单超过" + limits.maxRows() + "行，请分成几个文件上传");
                        }
                    } else if (name.equals("c")) {
                        if (++cells > EXCEL_COLUMNS) {
                            throw new TabularRefused("Excel文件第" + rows + "行有超过" + EXCEL_COLUMNS
                                    + "个单元格，超出Excel的范围，文件已损坏或被篡改");
                        }
                        String r = xml.getAttributeValue(null, "r");
                        if (r != null && !validAddress(r)) {
                            throw new TabularRefused("Excel文件的单元格地址“" + cut(r) + "”超出Excel的范围，文件已损坏或被篡改");
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new TabularRefused("Excel文件的工作表内容已损坏，无法读取，请用Excel打开后另存为.xlsx再上传", e);
        }
    }

    private static boolean validAddress(String r) {
        var m = CELL_ADDRESS.matcher(r);
        if (!m.matches()) {
            return false;
        }
        int column = 0;
        for (char c : m.group(1).toCharArray()) {
            column = column * 26 + (c - 'A' + 1);
        }
        long row = Long.parseLong(m.group(2));
        return column <= EXCEL_COLUMNS && row >= 1 && row <= EXCEL_ROWS;
    }

    private static String cut(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /** Counts the inflated bytes of one entry against its compressed size and of all entries against the total. */
    private final class InflationCounter extends CountedInput {

        private final long compressed;
        private long entryBytes;

        InflationCounter(InputStream in, long compressed) {
            super(in);
            this.compressed = Math.max(1, compressed);
        }

        @Override
        void counted(long n) {
            entryBytes += n;
            inflated += n;
            if (inflated > limits.maxInflatedBytes()) {
                throw new TabularRefused("Excel文件解压后超过" + TabularReader.size(limits.maxInflatedBytes())
                        + "，疑似“压缩炸弹”，已拒绝");
            }
            if (entryBytes > RATIO_FREE_BYTES && entryBytes / compressed > limits.maxInflationRatio()) {
                throw new TabularRefused("Excel文件的压缩比超过" + limits.maxInflationRatio()
                        + "倍，疑似“压缩炸弹”，已拒绝");
            }
        }
    }

    /** Where inflated bytes of parts that are only counted go. */
    private static final class OutputDiscard extends java.io.OutputStream {

        static final OutputDiscard INSTANCE = new OutputDiscard();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
