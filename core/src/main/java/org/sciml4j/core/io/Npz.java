package org.sciml4j.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes numpy {@code .npz} archives: a zip file whose entries {@code <key>.npy} are
 * {@link Npy} files ({@code np.savez} stores them uncompressed, {@code np.savez_compressed}
 * deflates them; both are read). Writing stores entries uncompressed like {@code np.savez}, in
 * the map's order. Implemented directly on {@link java.util.zip} (see {@link Npy} for why).
 * Stateless and thread-safe.
 */
public final class Npz {

    private Npz() {
    }

    /**
     * Reads every array of an archive, in archive order, keyed by entry name without {@code .npy}.
     *
     * @throws UncheckedIOException     if the file is missing or unreadable
     * @throws IllegalArgumentException if it is not a zip file or an entry is not a valid npy file
     */
    public static Map<String, NdArray> read(Path file) {
        Map<String, NdArray> out = new LinkedHashMap<>();
        try (ZipFile zip = open(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                out.put(key(e.getName()), readEntry(zip, e, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("npz read " + file + ": " + e.getMessage(), e);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Reads one array by key (entry {@code key.npy}); the error lists the keys present. */
    public static NdArray read(Path file, String key) {
        try (ZipFile zip = open(file)) {
            ZipEntry e = zip.getEntry(key + ".npy");
            if (e == null) {
                e = zip.getEntry(key);
            }
            if (e == null) {
                java.util.List<String> keys = new java.util.ArrayList<>();
                zip.stream().forEach(z -> keys.add(key(z.getName())));
                throw new IllegalArgumentException("npz read " + file + ": no array '" + key + "'; keys present: " + keys);
            }
            return readEntry(zip, e, file);
        } catch (IOException e) {
            throw new UncheckedIOException("npz read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes arrays (key → array, in map order) as float64 entries {@code key.npy}. */
    public static void write(Path file, Map<String, NdArray> arrays) {
        write(file, arrays, Npy.DType.FLOAT64);
    }

    /** Writes arrays with the given element type. Keys must be non-empty and must not contain '/'. */
    public static void write(Path file, Map<String, NdArray> arrays, Npy.DType type) {
        try (OutputStream os = Files.newOutputStream(file)) {
            writeTo(os, arrays, type);
        } catch (IOException e) {
            throw new UncheckedIOException("npz write: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes an archive to a stream (not closed). */
    public static void writeTo(OutputStream os, Map<String, NdArray> arrays, Npy.DType type) throws IOException {
        ZipOutputStream zos = new ZipOutputStream(os);
        for (Map.Entry<String, NdArray> en : arrays.entrySet()) {
            String k = en.getKey();
            if (k == null || k.isEmpty()) {
                throw new IllegalArgumentException("npz write: empty array name");
            }
            putStored(zos, k + ".npy", Npy.toBytes(en.getValue(), type));
        }
        zos.finish();
    }

    static void putStored(ZipOutputStream zos, String name, byte[] bytes) throws IOException {
        ZipEntry ze = new ZipEntry(name);
        ze.setMethod(ZipEntry.STORED);
        ze.setSize(bytes.length);
        ze.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ze.setCrc(crc.getValue());
        ze.setTime(315532800000L); // 1980-01-01: reproducible archives
        zos.putNextEntry(ze);
        zos.write(bytes);
        zos.closeEntry();
    }

    static ZipFile open(Path file) {
        try {
            return new ZipFile(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath() + ": file does not exist; check the path "
                    + "(data folders are settings, e.g. -Dsciml.data=...)", e);
        } catch (ZipException e) {
            throw new IllegalArgumentException("npz read " + file + ": not a zip archive (" + e.getMessage()
                    + "); an .npz file is a zip of .npy files", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath() + ": " + e, e);
        }
    }

    private static NdArray readEntry(ZipFile zip, ZipEntry e, Path file) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            ByteArrayOutputStream bos = new ByteArrayOutputStream((int) Math.max(32, Math.min(e.getSize(), 1 << 30)));
            in.transferTo(bos);
            return Npy.fromBytes(bos.toByteArray(), file + ":" + e.getName());
        } catch (ZipException ex) {
            throw new IllegalArgumentException("npz read " + file + ": entry " + e.getName() + " is corrupt (" + ex.getMessage()
                    + ")", ex);
        }
    }

    private static String key(String entryName) {
        return entryName.endsWith(".npy") ? entryName.substring(0, entryName.length() - 4) : entryName;
    }
}
