package org.sciml4j.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes numpy {@code .npy} files (format versions 1.0, 2.0, 3.0).
 *
 * <p>File layout: the magic {@code \x93NUMPY}, a major and minor version byte, the header length
 * (2 bytes little-endian in version 1, 4 bytes in versions 2 and 3), then an ASCII (UTF-8 in 3.0)
 * Python dict literal such as {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}
 * padded with spaces and ended by a newline so that the data start at a multiple of 64 bytes,
 * then the raw elements.
 *
 * <p>Reading accepts float64/float32, signed and unsigned integers of 1, 2, 4 and 8 bytes and
 * bool, in either byte order and in C or Fortran order; values are converted to double (int64
 * and uint64 beyond 2⁵³ lose precision, as in numpy's own {@code astype(float)}). Fortran-order
 * data are reordered to C order. Writing produces version 1.0 files, C order, little-endian,
 * float64 or float32 (float32 rounds to nearest).
 *
 * <p>Why a direct Java implementation instead of ND4J's reader (ARCHITECTURE.md routes numpy I/O
 * through ND4J): ND4J 1.0.0-M2.1's {@code Nd4j.createFromNpzFile} fails with
 * {@code NumberFormatException: For input string: ""} on 1-D arrays, whose header shape is written
 * {@code (256,)} by numpy — e.g. on the shared {@code pinns/burgers_shock.npz}; it also loads the
 * native backend (about 1.5 s) before the first read. Where ND4J does read a file (e.g.
 * {@code neuralop/darcy_test_16.npz}), its values are bit-identical to this reader's (tested in
 * {@code Nd4jBridgeTest}). {@link Nd4jBridge} converts to and from INDArray. Stateless and
 * thread-safe.
 */
public final class Npy {

    /** Element type written to a file. */
    public enum DType {
        /** IEEE double, {@code '<f8'}. */
        FLOAT64("<f8", 8),
        /** IEEE single, {@code '<f4'}; values are rounded to nearest. */
        FLOAT32("<f4", 4);

        private final String descr;
        private final int bytes;

        DType(String descr, int bytes) {
            this.descr = descr;
            this.bytes = bytes;
        }

        /** The numpy dtype string. */
        public String descr() {
            return descr;
        }
    }

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /**
     * Reads a {@code .npy} file.
     *
     * @throws UncheckedIOException     if the file is missing or unreadable
     * @throws IllegalArgumentException if it is not a valid npy file or has an unsupported dtype
     */
    public static NdArray read(Path file) {
        return fromBytes(readAll(file), file.toString());
    }

    /** Writes {@code array} as a version 1.0 {@code .npy} file (parent folder must exist). */
    public static void write(Path file, NdArray array, DType type) {
        try {
            Files.write(file, toBytes(array, type));
        } catch (IOException e) {
            throw new UncheckedIOException("npy write: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code array} as float64. */
    public static void write(Path file, NdArray array) {
        write(file, array, DType.FLOAT64);
    }

    /** The bytes of a version 1.0 {@code .npy} file holding {@code array}. */
    public static byte[] toBytes(NdArray array, DType type) {
        int[] shape = array.shape();
        StringBuilder sh = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sh.append(shape[i]);
            sh.append(shape.length == 1 ? "," : (i + 1 < shape.length ? ", " : ""));
        }
        sh.append(')');
        String dict = "{'descr': '" + type.descr + "', 'fortran_order': False, 'shape': " + sh + ", }";
        int preamble = MAGIC.length + 2 + 2;
        int total = preamble + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        StringBuilder header = new StringBuilder(dict);
        while (preamble + header.length() + 1 < padded) {
            header.append(' ');
        }
        header.append('\n');
        byte[] h = header.toString().getBytes(StandardCharsets.US_ASCII);
        if (h.length > 65535) {
            throw new IllegalArgumentException("npy write: header of " + h.length + " bytes too long for format 1.0");
        }
        long dataBytes = (long) array.size() * type.bytes;
        if (preamble + h.length + dataBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("npy write: array of " + array.size() + " elements exceeds 2 GiB");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) (preamble + h.length + dataBytes)).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) h.length).put(h);
        double[] data = array.data();
        if (type == DType.FLOAT64) {
            buf.asDoubleBuffer().put(data);
        } else {
            java.nio.FloatBuffer fb = buf.asFloatBuffer();
            for (double v : data) {
                fb.put((float) v);
            }
        }
        return buf.array();
    }

    /**
     * Parses the bytes of a {@code .npy} file.
     *
     * @param bytes  file content, not modified
     * @param source name used in error messages (file or npz entry)
     */
    public static NdArray fromBytes(byte[] bytes, String source) {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC)) {
            throw new IllegalArgumentException("npy read " + source + ": not a numpy .npy file (magic \\x93NUMPY missing)");
        }
        int major = bytes[6] & 0xff;
        int headerLen;
        int offset;
        if (major == 1) {
            headerLen = buf.getShort(8) & 0xffff;
            offset = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new IllegalArgumentException("npy read " + source + ": truncated header");
            }
            headerLen = buf.getInt(8);
            offset = 12;
        } else {
            throw new IllegalArgumentException("npy read " + source + ": unsupported format version " + major + "."
                    + (bytes[7] & 0xff) + " (supported: 1.0, 2.0, 3.0)");
        }
        if (headerLen < 0 || offset + headerLen > bytes.length) {
            throw new IllegalArgumentException("npy read " + source + ": header length " + headerLen + " exceeds file size "
                    + bytes.length + " (file truncated?)");
        }
        String header = new String(bytes, offset, headerLen, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = group(DESCR, header, "descr", source);
        boolean fortran = group(FORTRAN, header, "fortran_order", source).equals("True");
        int[] shape = parseShape(group(SHAPE, header, "shape", source), source);
        long count = 1;
        for (int s : shape) {
            count *= s;
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("npy read " + source + ": " + count + " elements exceed the Java array limit");
        }
        int n = (int) count;
        ElementReader reader = elementReader(descr, source);
        int dataStart = offset + headerLen;
        long need = (long) n * reader.size;
        if (bytes.length - dataStart < need) {
            throw new IllegalArgumentException("npy read " + source + ": shape " + Arrays.toString(shape) + " of " + descr
                    + " needs " + need + " data bytes but the file has " + (bytes.length - dataStart) + " (truncated?)");
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, (int) need).slice().order(reader.order);
        double[] values = new double[n];
        reader.read(data, values);
        if (fortran && shape.length > 1) {
            values = fortranToC(values, shape);
        }
        return new NdArray(values, shape);
    }

    private static String group(Pattern p, String header, String key, String source) {
        Matcher m = p.matcher(header);
        if (!m.find()) {
            throw new IllegalArgumentException("npy read " + source + ": header has no '" + key + "' entry: " + header.trim());
        }
        return m.group(1);
    }

    private static int[] parseShape(String text, String source) {
        String t = text.trim();
        if (t.isEmpty()) {
            return new int[0];
        }
        String[] parts = t.split(",");
        int count = 0;
        int[] shape = new int[parts.length];
        for (String part : parts) {
            String s = part.trim();
            if (s.isEmpty()) {
                continue;
            }
            if (s.endsWith("L")) {
                s = s.substring(0, s.length() - 1);
            }
            try {
                long v = Long.parseLong(s);
                if (v < 0 || v > Integer.MAX_VALUE) {
                    throw new NumberFormatException();
                }
                shape[count++] = (int) v;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("npy read " + source + ": bad shape entry '" + s + "' in (" + text + ")");
            }
        }
        return Arrays.copyOf(shape, count);
    }

    private static double[] fortranToC(double[] f, int[] shape) {
        int d = shape.length;
        double[] c = new double[f.length];
        int[] idx = new int[d];
        int[] fStride = new int[d];
        int s = 1;
        for (int k = 0; k < d; k++) {
            fStride[k] = s;
            s *= shape[k];
        }
        for (int i = 0; i < c.length; i++) {
            int fi = 0;
            for (int k = 0; k < d; k++) {
                fi += idx[k] * fStride[k];
            }
            c[i] = f[fi];
            for (int k = d - 1; k >= 0; k--) {
                if (++idx[k] < shape[k]) {
                    break;
                }
                idx[k] = 0;
            }
        }
        return c;
    }

    private abstract static class ElementReader {
        final int size;
        final ByteOrder order;

        ElementReader(int size, ByteOrder order) {
            this.size = size;
            this.order = order;
        }

        abstract void read(ByteBuffer in, double[] out);
    }

    private static ElementReader elementReader(String descr, String source) {
        if (descr.isEmpty()) {
            throw new IllegalArgumentException("npy read " + source + ": empty dtype");
        }
        char bo = descr.charAt(0);
        String code = (bo == '<' || bo == '>' || bo == '|' || bo == '=') ? descr.substring(1) : descr;
        ByteOrder order = bo == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        switch (code) {
            case "f8":
                return new ElementReader(8, order) {
                    void read(ByteBuffer in, double[] out) {
                        in.asDoubleBuffer().get(out);
                    }
                };
            case "f4":
                return new ElementReader(4, order) {
                    void read(ByteBuffer in, double[] out) {
                        java.nio.FloatBuffer fb = in.asFloatBuffer();
                        for (int i = 0; i < out.length; i++) {
                            out[i] = fb.get();
                        }
                    }
                };
            case "i8":
                return new ElementReader(8, order) {
                    void read(ByteBuffer in, double[] out) {
                        for (int i = 0; i < out.length; i++) {
                            out[i] = in.getLong();
                        }
                    }
                };
            case "u8":
                return new ElementReader(8, order) {
                    void read(ByteBuffer in, double[] out) {
                        for (int i = 0; i < out.length; i++) {
                            long v = in.getLong();
                            out[i] = v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
                        }
                    }
                };
            case "i4":
                return new ElementReader(4, order) {
                    void read(ByteBuffer in, double[] out) {
                        for (int i = 0; i < out.length; i++) {
                            out[i] = in.getInt();
                        }
                    }
                };
            case "u4":
                return new ElementReader(4, order) {
                    void read(ByteBuffer in, double[] out) {
                        for (int i = 0; i < out.length; i++) {
                            out[i] = in.getInt() & 0xffffffffL;
                        }
                    }
                };
            case "i2":
                return new ElementReader(2, order) {
                    void read(ByteBuffer in, double[] out) {
                        for (int i = 0; i < out.length; i++) {
                            out[i] = in.getShort();
                        }
                    }
                };
            case "u2":
                return new ElementReader(2, order) {
                    void read(ByteBuffer in, double[] out) {
                        for (int i = 0; i < out.length; i++) {
                            out[i] = in.getShort() & 0xffff;
                        }
                    }
                };
            case "i1":
                return new ElementReader(1, order) {
                    void read(ByteBuffer in, double[] out) {
                        for (int i = 0; i < out.length; i++) {
                            out[i] = in.get();
                        }
                    }
                };
            case "u1":
                return new ElementReader(1, order) {
                    void read(ByteBuffer in, double[] out) {
                        for (int i = 0; i < out.length; i++) {
                            out[i] = in.get() & 0xff;
                        }
                    }
                };
            case "b1":
            case "?":
                return new ElementReader(1, order) {
                    void read(ByteBuffer in, double[] out) {
                        for (int i = 0; i < out.length; i++) {
                            out[i] = in.get() != 0 ? 1.0 : 0.0;
                        }
                    }
                };
            default:
                throw new IllegalArgumentException("npy read " + source + ": dtype '" + descr + "' not supported; supported: "
                        + "float64, float32, (u)int8/16/32/64, bool (complex data: save real and imaginary parts "
                        + "separately; object arrays: convert to a numeric dtype)");
        }
    }

    static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath() + ": file does not exist; check the path "
                    + "(data folders are settings, e.g. -Dsciml.data=...)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath() + ": " + e, e);
        }
    }
}
