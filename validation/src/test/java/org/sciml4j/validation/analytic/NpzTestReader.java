package org.sciml4j.validation.analytic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Minimal test-only reader of uncompressed float64 little-endian C-order arrays in an .npz file. */
final class NpzTestReader {

    private NpzTestReader() {
    }

    /** Key → flattened data; shapes are returned in {@code shapes}. */
    static Map<String, double[]> read(Path file, Map<String, int[]> shapes) throws IOException {
        Map<String, double[]> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String key = e.getName().replaceAll("\\.npy$", "");
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] bytes = in.readAllBytes();
                    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
                    int major = bytes[6];
                    int headerLen;
                    int start;
                    if (major == 1) {
                        headerLen = buf.getShort(8) & 0xffff;
                        start = 10;
                    } else {
                        headerLen = buf.getInt(8);
                        start = 12;
                    }
                    String header = new String(bytes, start, headerLen, StandardCharsets.ISO_8859_1);
                    if (!header.contains("'<f8'") || header.contains("'fortran_order': True")) {
                        throw new IOException("unsupported npy header for " + key + ": " + header);
                    }
                    String shape = header.replaceAll("(?s).*'shape': \\(([^)]*)\\).*", "$1").trim();
                    String[] parts = shape.split(",");
                    int count = 0;
                    int[] dims = new int[parts.length];
                    int total = 1;
                    for (String p : parts) {
                        if (!p.isBlank()) {
                            dims[count++] = Integer.parseInt(p.trim());
                            total *= dims[count - 1];
                        }
                    }
                    shapes.put(key, java.util.Arrays.copyOf(dims, count));
                    double[] data = new double[total];
                    int off = start + headerLen;
                    for (int i = 0; i < total; i++) {
                        data[i] = buf.getDouble(off + 8 * i);
                    }
                    out.put(key, data);
                }
            }
        }
        return out;
    }
}
