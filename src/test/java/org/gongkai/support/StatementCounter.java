package org.gongkai.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread prepares or creates while it runs a piece of work, by wrapping the
 * application's {@link DataSource}: what the console read-model tests measure a page by (issue 10 §3). Other threads
 * are not counted, so a page rendered through MockMvc on the test thread is measured alone.
 */
public final class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<java.util.List<String>> COUNT = new ThreadLocal<>();

    /** The statements {@code work} prepared on this thread, and its result. */
    public static <T> Counted<T> count(Supplier<T> work) {
        java.util.List<String> previous = COUNT.get();
        java.util.List<String> counter = new java.util.ArrayList<>();
        COUNT.set(counter);
        try {
            T result = work.get();
            return new Counted<>(result, java.util.List.copyOf(counter));
        } finally {
            if (previous == null) {
                COUNT.remove();
            } else {
                previous.addAll(counter);
                COUNT.set(previous);
            }
        }
    }

    /** The result of the work and the SQL of each statement it prepared, in order. */
    public record Counted<T>(T result, java.util.List<String> sql) {
        public long statements() {
            return sql.size();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c
                        ? proxy(Connection.class, c, StatementCounter::onConnection)
                        : result;
            });
        }
        return bean;
    }

    private static Object onConnection(Object target, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
            java.util.List<String> counter = COUNT.get();
            if (counter != null) {
                counter.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : name);
            }
        }
        return invoke(target, method, args);
    }

    private interface Call {
        Object call(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args.length == 1 && ((Class<?>) args[0]).isInstance(target)) {
                return target;
            }
            return call.call(target, method, args);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
