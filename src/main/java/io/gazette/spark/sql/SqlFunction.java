package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.ScalaUDF;
import org.apache.spark.sql.connector.catalog.CatalogManager;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampType;
import scala.Option;
import scala.Tuple3;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction1;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One Gazette SQL function as Spark's function registry takes it: a name, its documentation
 * ({@code DESCRIBE FUNCTION}) and a builder from argument expressions to a Catalyst ScalaUDF. The
 * builder is what lets a function have optional arguments (a plain registered UDF has one arity)
 * and check argument types when the query is analysed rather than per row. The same triple serves
 * {@link GazetteFunctions#register} and {@code spark.sql.extensions}.
 *
 * @param name       SQL name
 * @param params     parameters in order; optional ones last
 * @param returnType the result type
 * @param udf        makes the UDF object (UDF1..UDF3) that carries the options to the executors
 * @param usage      one line for DESCRIBE FUNCTION
 */
record SqlFunction(String name, List<Param> params, DataType returnType, Function<GazetteOptions, Object> udf,
                   String usage) {

    /** Argument types a parameter takes; NULL literals are always taken. */
    enum Kind {
        STRING("STRING"), HTML("STRING or BINARY"), TIMESTAMP("TIMESTAMP");

        final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        boolean accepts(DataType t) {
            return t instanceof NullType || switch (this) {
                case STRING -> t instanceof StringType;
                case HTML -> t instanceof StringType || t instanceof BinaryType;
                case TIMESTAMP -> t instanceof TimestampType;
            };
        }

        /** The type of the NULL put in for an omitted optional argument. */
        DataType nullType() {
            return this == TIMESTAMP ? org.apache.spark.sql.types.DataTypes.TimestampType
                    : org.apache.spark.sql.types.DataTypes.StringType;
        }
    }

    record Param(String name, Kind kind, boolean optional) {
    }

    int required() {
        return (int) params.stream().filter(p -> !p.optional()).count();
    }

    String signature() {
        StringBuilder s = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            s.append(i == 0 ? "" : p.optional() ? " [, " : ", ").append(p.name()).append(' ').append(p.kind().sql);
        }
        params.stream().filter(Param::optional).forEach(p -> s.append(']'));
        return s.append(')').toString();
    }

    /** Unqualified: what extensions inject (Spark files them as built-in functions). */
    FunctionIdentifier identifier() {
        return new FunctionIdentifier(name);
    }

    /** Qualified as a temporary function of the session, as Spark's own UDF registration files them. */
    FunctionIdentifier sessionIdentifier() {
        return new FunctionIdentifier(name, Option.apply(CatalogManager.SESSION_NAMESPACE()),
                Option.apply(CatalogManager.SYSTEM_CATALOG_NAME()));
    }

    ExpressionInfo info() {
        return new ExpressionInfo(GazetteFunctions.class.getName(), null, name, signature() + " - " + usage, "");
    }

    /** The builder; {@code options} is read when a query is analysed, on the driver. */
    Builder builder(Supplier<GazetteOptions> options) {
        return new Builder(this, options);
    }

    Tuple3<FunctionIdentifier, ExpressionInfo, scala.Function1<Seq<Expression>, Expression>> triple(
            Supplier<GazetteOptions> options) {
        return new Tuple3<>(identifier(), info(), builder(options));
    }

    static final class Builder extends AbstractFunction1<Seq<Expression>, Expression> {
        private final SqlFunction f;
        private final Supplier<GazetteOptions> options;

        Builder(SqlFunction f, Supplier<GazetteOptions> options) {
            this.f = f;
            this.options = options;
        }

        @Override
        public Expression apply(Seq<Expression> arguments) {
            List<Expression> args = new ArrayList<>(CollectionConverters.asJava(arguments));
            if (args.size() < f.required() || args.size() > f.params().size()) {
                throw sneaky(error("WRONG_NUM_ARGS.WITHOUT_SUGGESTION", Map.of(
                        "functionName", "`" + f.name() + "`",
                        "expectedNum", f.required() == f.params().size() ? String.valueOf(f.required())
                                : "[" + f.required() + ", " + f.params().size() + "]",
                        "actualNum", String.valueOf(args.size()),
                        "docroot", "https://spark.apache.org/docs/latest")));
            }
            for (int i = 0; i < args.size(); i++) {
                Param p = f.params().get(i);
                DataType t = args.get(i).dataType();
                if (!p.kind().accepts(t)) {
                    throw sneaky(error("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", Map.of(
                            "sqlExpr", "\"" + f.signature() + "\"",
                            "paramIndex", ordinal(i + 1),
                            "inputSql", "\"" + args.get(i).sql() + "\"",
                            "inputType", "\"" + t.sql() + "\"",
                            "requiredType", "\"" + p.kind().sql + "\"")));
                }
            }
            for (int i = args.size(); i < f.params().size(); i++) {
                args.add(Literal.create(null, f.params().get(i).kind().nullType()));
            }
            Object fn = ScalaFunctions.of(f.udf().apply(options.get()));
            // No input encoders: Spark hands the function its plain Java values (String, byte[], Timestamp).
            List<Option<org.apache.spark.sql.catalyst.encoders.ExpressionEncoder<?>>> encoders =
                    Collections.nCopies(args.size(), Option.empty());
            return new ScalaUDF(fn, f.returnType(), seq(args), seq(encoders), Option.empty(), Option.apply(f.name()),
                    true, true);
        }

        private static String ordinal(int n) {
            return switch (n) {
                case 1 -> "first";
                case 2 -> "second";
                case 3 -> "third";
                default -> n + "th";
            };
        }

        private static AnalysisException error(String errorClass, Map<String, String> params) {
            return new AnalysisException(errorClass, scala.collection.immutable.Map.from(
                    CollectionConverters.asScala(params)));
        }

        /** Scala code throws AnalysisException unchecked; so must a builder Spark calls. */
        @SuppressWarnings("unchecked")
        private static <E extends Exception> RuntimeException sneaky(Exception e) throws E {
            throw (E) e;
        }

        private static <T> Seq<T> seq(List<T> list) {
            return CollectionConverters.asScala(list).toSeq();
        }
    }
}
