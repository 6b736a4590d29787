package org.sciml4j.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes and reads {@link Checkpoint}s, format {@value #FORMAT} version {@value #VERSION}.
 *
 * <p>The file is a zip archive (inspectable with {@code unzip} and numpy):
 * <ul>
 * <li>{@code manifest.json} (first entry): {@code {"format": "sciml4j-checkpoint", "version": 1,
 *     "parameters": [{"name", "shape", "entry", "crc32"}…], "state": […], "attributes": {name: text}}}</li>
 * <li>{@code parameters/<i>.npy} and {@code state/<i>.npy}: the arrays as float64 little-endian
 *     {@code .npy} files (bit-exact), named by index so any array name is allowed.</li>
 * </ul>
 * Reading checks the format name and version, that every listed entry exists, that each entry's
 * CRC-32 matches the manifest and that its shape matches; any mismatch raises an
 * {@link IllegalArgumentException} saying which entry is corrupt. Writing goes to a temporary file
 * in the same folder that is then moved into place, so a crash never leaves a half-written
 * checkpoint under the target name. Stateless and thread-safe (distinct files).
 */
public final class CheckpointFile {

    /** The format name in the manifest. */
    public static final String FORMAT = "sciml4j-checkpoint";
    /** The version written; files with a higher version are rejected. */
    public static final int VERSION = 1;
    private static final String MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckpointFile() {
    }

    /** Writes a checkpoint (replacing an existing file atomically where the file system allows). */
    public static void write(Path file, Checkpoint checkpoint) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                writeTo(os, checkpoint);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint write: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeTo(OutputStream os, Checkpoint c) throws IOException {
        ZipOutputStream zos = new ZipOutputStream(os);
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("version", VERSION);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        manifest.set("parameters", describe(c.parameters(), "parameters/", entries));
        manifest.set("state", describe(c.state(), "state/", entries));
        ObjectNode attrs = manifest.putObject("attributes");
        c.attributes().forEach(attrs::put);
        Npz.putStored(zos, MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            Npz.putStored(zos, e.getKey(), e.getValue());
        }
        zos.finish();
    }

    private static ArrayNode describe(Map<String, NdArray> arrays, String folder, Map<String, byte[]> entries) {
        ArrayNode list = JSON.createArrayNode();
        int i = 0;
        for (Map.Entry<String, NdArray> e : arrays.entrySet()) {
            String entry = folder + i++ + ".npy";
            byte[] bytes = Npy.toBytes(e.getValue(), Npy.DType.FLOAT64);
            entries.put(entry, bytes);
            ObjectNode o = list.addObject();
            o.put("name", e.getKey());
            ArrayNode shape = o.putArray("shape");
            for (int s : e.getValue().shape()) {
                shape.add(s);
            }
            o.put("entry", entry);
            o.put("crc32", crc(bytes));
        }
        return list;
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    /**
     * Reads a checkpoint.
     *
     * @throws UncheckedIOException     if the file is missing or unreadable
     * @throws IllegalArgumentException if it is not a checkpoint, has a newer version, or is corrupt
     */
    public static Checkpoint read(Path file) {
        if (!Files.exists(file)) {
            throw new UncheckedIOException("checkpoint read: " + file.toAbsolutePath() + " does not exist; check the path",
                    new java.io.FileNotFoundException(file.toString()));
        }
        try (ZipFile zip = Npz.open(file)) {
            ZipEntry me = zip.getEntry(MANIFEST);
            if (me == null) {
                throw new IllegalArgumentException("checkpoint read " + file + ": no " + MANIFEST
                        + " entry; this is not a " + FORMAT + " file");
            }
            JsonNode manifest;
            try {
                byte[] mb = zip.getInputStream(me).readAllBytes();
                if (me.getCrc() != -1 && crc(mb) != me.getCrc()) {
                    throw new IllegalArgumentException("checkpoint read " + file + ": " + MANIFEST
                            + " fails its CRC-32 check; the file is corrupt");
                }
                manifest = JSON.readTree(new String(mb, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("checkpoint read " + file + ": manifest is not valid JSON, the file is corrupt ("
                        + e.getMessage() + ")", e);
            }
            if (!FORMAT.equals(manifest.path("format").asText())) {
                throw new IllegalArgumentException("checkpoint read " + file + ": format is '" + manifest.path("format").asText()
                        + "', expected '" + FORMAT + "'");
            }
            int version = manifest.path("version").asInt(-1);
            if (version < 1 || version > VERSION) {
                throw new IllegalArgumentException("checkpoint read " + file + ": version " + version + " not supported (this "
                        + "build reads versions 1.." + VERSION + "; a newer SciML4J wrote it?)");
            }
            Map<String, NdArray> params = readArrays(zip, manifest.path("parameters"), file);
            Map<String, NdArray> state = readArrays(zip, manifest.path("state"), file);
            Map<String, String> attrs = new LinkedHashMap<>();
            manifest.path("attributes").fields().forEachRemaining(e -> attrs.put(e.getKey(), e.getValue().asText()));
            return new Checkpoint(params, state, attrs);
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, NdArray> readArrays(ZipFile zip, JsonNode list, Path file) throws IOException {
        Map<String, NdArray> out = new LinkedHashMap<>();
        if (!list.isArray()) {
            throw new IllegalArgumentException("checkpoint read " + file + ": manifest lacks an array list");
        }
        for (JsonNode o : list) {
            String name = o.path("name").asText();
            String entry = o.path("entry").asText();
            ZipEntry ze = zip.getEntry(entry);
            if (ze == null) {
                throw new IllegalArgumentException("checkpoint read " + file + ": entry " + entry + " of array '" + name
                        + "' is missing (file truncated or edited?)");
            }
            byte[] bytes;
            try {
                bytes = zip.getInputStream(ze).readAllBytes();
            } catch (java.util.zip.ZipException e) {
                throw new IllegalArgumentException("checkpoint read " + file + ": entry " + entry + " of array '" + name
                        + "' is corrupt (" + e.getMessage() + ")", e);
            }
            if (crc(bytes) != o.path("crc32").asLong(-1)) {
                throw new IllegalArgumentException("checkpoint read " + file + ": array '" + name + "' (" + entry
                        + ") fails its CRC-32 check; the file is corrupt");
            }
            NdArray a = Npy.fromBytes(bytes, file + ":" + entry);
            int[] shape = new int[o.path("shape").size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = o.path("shape").get(i).asInt();
            }
            if (!Arrays.equals(shape, a.shape())) {
                throw new IllegalArgumentException("checkpoint read " + file + ": array '" + name + "' has shape "
                        + Arrays.toString(a.shape()) + " but the manifest says " + Arrays.toString(shape));
            }
            out.put(name, a);
        }
        return out;
    }
}
