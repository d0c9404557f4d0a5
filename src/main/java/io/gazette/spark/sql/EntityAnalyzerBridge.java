package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link EntityTagger} over the entity step, {@code EntityAnalyzer.create(options.entities())
 * .analyze(text, language)}, bound by name because the entity package is merged separately from
 * the SQL functions. Once both are on main, this class can call the analyzer directly; nothing
 * else changes.
 *
 * <p>Absent classes mean "this build has no entities" ({@link #FACTORY} returns null and
 * {@code gazette_entities} is not registered). Present classes that do not bind (a renamed method)
 * are a bug and fail loudly, so the function cannot vanish unnoticed.
 */
final class EntityAnalyzerBridge implements EntityTagger {
    static final String ANALYZER = "io.gazette.extract.entity.EntityAnalyzer";

    static final Factory FACTORY = EntityAnalyzerBridge::createOrNull;

    private final Object analyzer;
    private final MethodHandle analyze;      // (String, String) -> EntityResult
    private final MethodHandle status;       // EntityResult -> EntityStatus
    private final MethodHandle entities;     // EntityResult -> List<Entity>
    private final MethodHandle name;         // Entity -> String
    private final MethodHandle type;         // Entity -> EntityType
    private final MethodHandle mentions;     // Entity -> int
    private final MethodHandle firstOffset;  // Entity -> int

    private EntityAnalyzerBridge(Class<?> analyzerClass, GazetteOptions options) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.publicLookup();
        Class<?> result = Class.forName("io.gazette.model.EntityResult");
        Class<?> entity = Class.forName("io.gazette.model.Entity");
        Class<?> entityStatus = Class.forName("io.gazette.model.EntityStatus");
        Class<?> entityType = Class.forName("io.gazette.model.EntityType");
        Object entityOptions = GazetteOptions.class.getMethod("entities").invoke(options);
        Class<?> entityOptionsClass = GazetteOptions.class.getMethod("entities").getReturnType();
        this.analyzer = analyzerClass.getMethod("create", entityOptionsClass).invoke(null, entityOptions);
        this.analyze = l.findVirtual(analyzerClass, "analyze", MethodType.methodType(result, String.class, String.class));
        this.status = l.findVirtual(result, "status", MethodType.methodType(entityStatus));
        this.entities = l.findVirtual(result, "entities", MethodType.methodType(List.class));
        this.name = l.findVirtual(entity, "name", MethodType.methodType(String.class));
        this.type = l.findVirtual(entity, "type", MethodType.methodType(entityType));
        this.mentions = l.findVirtual(entity, "mentions", MethodType.methodType(int.class));
        this.firstOffset = l.findVirtual(entity, "firstOffset", MethodType.methodType(int.class));
    }

    /** True when the entity classes are on the classpath (checked without loading any model). */
    static boolean present() {
        try {
            Class.forName(ANALYZER, false, EntityAnalyzerBridge.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static EntityTagger createOrNull(GazetteOptions options) {
        Class<?> analyzerClass;
        try {
            analyzerClass = Class.forName(ANALYZER);
        } catch (ClassNotFoundException e) {
            return null;
        }
        try {
            return new EntityAnalyzerBridge(analyzerClass, options);
        } catch (Throwable e) {
            throw new IllegalStateException("the entity classes are present but do not match what gazette_entities "
                    + "calls (" + ANALYZER + ".create(options.entities()).analyze(text, language)): " + e, e);
        }
    }

    @Override
    public List<Tagged> tag(String text, String language) {
        try {
            Object r = analyze.invoke(analyzer, text, language);
            if (((Enum<?>) status.invoke(r)).name().equals("FAILED")) {
                return null;
            }
            List<?> found = (List<?>) entities.invoke(r);
            List<Tagged> out = new ArrayList<>(found.size());
            for (Object e : found) {
                out.add(new Tagged((String) name.invoke(e), ((Enum<?>) type.invoke(e)).name(),
                        (int) mentions.invoke(e), (int) firstOffset.invoke(e)));
            }
            return out;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
