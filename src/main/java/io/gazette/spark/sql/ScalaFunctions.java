package io.gazette.spark.sql;

import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.AbstractFunction3;

import java.io.Serializable;

/**
 * Our Java UDF objects as the Scala functions that Catalyst's ScalaUDF calls (what Spark's own
 * Java UDF registration does). They travel inside the plan to the executors, options and all.
 */
final class ScalaFunctions {
    private ScalaFunctions() {
    }

    static Object of(Object udf) {
        if (udf instanceof UDF1<?, ?> f) {
            return new Fn1(f);
        }
        if (udf instanceof UDF2<?, ?, ?> f) {
            return new Fn2(f);
        }
        if (udf instanceof UDF3<?, ?, ?, ?> f) {
            return new Fn3(f);
        }
        throw new IllegalArgumentException("not a UDF1..UDF3: " + udf.getClass());
    }

    private static RuntimeException rethrow(Exception e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class Fn1 extends AbstractFunction1<Object, Object> implements Serializable {
        private final UDF1 f;

        Fn1(UDF1<?, ?> f) {
            this.f = f;
        }

        @Override
        public Object apply(Object a) {
            try {
                return f.call(a);
            } catch (Exception e) {
                throw rethrow(e);
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class Fn2 extends AbstractFunction2<Object, Object, Object> implements Serializable {
        private final UDF2 f;

        Fn2(UDF2<?, ?, ?> f) {
            this.f = f;
        }

        @Override
        public Object apply(Object a, Object b) {
            try {
                return f.call(a, b);
            } catch (Exception e) {
                throw rethrow(e);
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class Fn3 extends AbstractFunction3<Object, Object, Object, Object> implements Serializable {
        private final UDF3 f;

        Fn3(UDF3<?, ?, ?, ?> f) {
            this.f = f;
        }

        @Override
        public Object apply(Object a, Object b, Object c) {
            try {
                return f.call(a, b, c);
            } catch (Exception e) {
                throw rethrow(e);
            }
        }
    }
}
