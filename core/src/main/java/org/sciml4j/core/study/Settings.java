package org.sciml4j.core.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, typed set of study settings. Each key has a type fixed by its default value
 * (Integer, Long, Double, Boolean or String) and a one-line description; {@link #with} and
 * {@link #parse} reject unknown keys and values of the wrong type with a message naming the fix.
 */
public final class Settings {

    /** One setting: key, default value (which fixes its type) and description. */
    public record Entry(String key, Object value, String description) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value of " + key);
            if (!(value instanceof Integer || value instanceof Long || value instanceof Double
                    || value instanceof Boolean || value instanceof String)) {
                throw new IllegalArgumentException("setting " + key + ": type "
                        + value.getClass().getSimpleName() + " not supported; use Integer, Long, Double, Boolean or String");
            }
            description = description == null ? "" : description;
        }
    }

    private final Map<String, Entry> entries;

    private Settings(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** An empty settings set; add entries with {@link #define}. */
    public static Settings empty() {
        return new Settings(new LinkedHashMap<>());
    }

    /** Returns a copy with a new key defined (or redefined) with its default and description. */
    public Settings define(String key, Object defaultValue, String description) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(key, new Entry(key, defaultValue, description));
        return new Settings(copy);
    }

    /** The entries in definition order. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** The values in definition order, for recording a run's configuration. */
    public Map<String, Object> values() {
        Map<String, Object> out = new LinkedHashMap<>();
        entries.forEach((k, e) -> out.put(k, e.value()));
        return out;
    }

    /** Returns a copy with {@code key} set to {@code value}, which must have the key's type. */
    public Settings with(String key, Object value) {
        Entry e = require(key);
        Object v = value;
        if (e.value() instanceof Double && value instanceof Number n) {
            v = n.doubleValue();
        } else if (e.value() instanceof Long && (value instanceof Integer || value instanceof Long)) {
            v = ((Number) value).longValue();
        }
        if (v == null || v.getClass() != e.value().getClass()) {
            throw new IllegalArgumentException("setting " + key + " expects " + typeName(e.value())
                    + ", got " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(key, new Entry(key, v, e.description()));
        return new Settings(copy);
    }

    /** Returns a copy with {@code key} set from its text form, e.g. {@code parse("epochs", "200")}. */
    public Settings parse(String key, String text) {
        Entry e = require(key);
        Object def = e.value();
        Object v;
        try {
            if (def instanceof Integer) {
                v = Integer.parseInt(text.trim());
            } else if (def instanceof Long) {
                v = Long.parseLong(text.trim());
            } else if (def instanceof Double) {
                v = Double.parseDouble(text.trim());
            } else if (def instanceof Boolean) {
                String t = text.trim().toLowerCase();
                if (!t.equals("true") && !t.equals("false")) {
                    throw new NumberFormatException();
                }
                v = Boolean.parseBoolean(t);
            } else {
                v = text;
            }
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("setting " + key + " expects " + typeName(def) + ", got '" + text
                    + "' (e.g. --set " + key + "=" + def + ")");
        }
        return with(key, v);
    }

    public int getInt(String key) {
        return (Integer) typed(key, Integer.class);
    }

    public long getLong(String key) {
        return (Long) typed(key, Long.class);
    }

    public double getDouble(String key) {
        return (Double) typed(key, Double.class);
    }

    public boolean getBoolean(String key) {
        return (Boolean) typed(key, Boolean.class);
    }

    public String getString(String key) {
        return (String) typed(key, String.class);
    }

    private Object typed(String key, Class<?> type) {
        Entry e = require(key);
        if (!type.isInstance(e.value())) {
            throw new IllegalArgumentException("setting " + key + " is " + typeName(e.value())
                    + ", read as " + type.getSimpleName().toLowerCase());
        }
        return e.value();
    }

    private Entry require(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            throw new IllegalArgumentException("unknown setting '" + key + "'; known: " + String.join(", ", entries.keySet()));
        }
        return e;
    }

    private static String typeName(Object v) {
        if (v instanceof Integer) {
            return "an integer";
        } else if (v instanceof Long) {
            return "an integer";
        } else if (v instanceof Double) {
            return "a number";
        } else if (v instanceof Boolean) {
            return "true or false";
        }
        return "text";
    }

    @Override
    public String toString() {
        return values().toString();
    }
}
