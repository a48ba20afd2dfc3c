package dev.amiable.spring.internal;

import dev.amiable.Registration;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.HeaderAccess;
import dev.amiable.spring.AmiListener;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds {@link AmiListener} methods on the context's beans and, once every singleton exists,
 * registers each on the clients it names.
 */
public final class ListenerMethods implements BeanPostProcessor, SmartInitializingSingleton {
    private final ObjectProvider<AmiServers> servers;
    private final List<Found> found = new ArrayList<>();
    private final List<Registration> registrations = new ArrayList<>();

    private record Found(Object bean, Method method, AmiListener spec) {
    }

    public ListenerMethods(ObjectProvider<AmiServers> servers) {
        this.servers = servers;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        Map<Method, AmiListener> methods = MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<AmiListener>) m ->
                        AnnotatedElementUtils.findMergedAnnotation(m, AmiListener.class));
        methods.forEach((m, spec) -> {
            check(m, beanName);
            Method invocable = AopUtils.selectInvocableMethod(m, bean.getClass());
            ReflectionUtils.makeAccessible(invocable);
            synchronized (found) {
                found.add(new Found(bean, invocable, spec));
            }
        });
        return bean;
    }

    private static void check(Method m, String beanName) {
        Class<?>[] params = m.getParameterTypes();
        if (params.length != 1 || !(AmiEvent.class.isAssignableFrom(params[0])
                || (params[0].isInterface() && HeaderAccess.class.isAssignableFrom(params[0])))) {
            throw new IllegalStateException("@AmiListener method " + beanName + "." + m.getName()
                    + " must take exactly one parameter: an event class, an event interface or AmiEvent");
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        AmiServers all = servers.getIfAvailable();
        if (all == null) {
            return;
        }
        List<Found> copy;
        synchronized (found) {
            copy = List.copyOf(found);
        }
        for (Found f : copy) {
            boolean matched = false;
            for (ServerEntry s : all.all()) {
                if (f.spec.server().isEmpty() || f.spec.server().equals(s.name())) {
                    registrations.add(s.client().addListener(dispatcher(f)));
                    matched = true;
                }
            }
            if (!matched) {
                throw new IllegalStateException("@AmiListener " + f.method + " names server '" + f.spec.server()
                        + "', which the context does not have");
            }
        }
    }

    private static dev.amiable.AmiEventListener<AmiEvent> dispatcher(Found f) {
        Class<?> type = f.method.getParameterTypes()[0];
        Pattern name = f.spec.name().isEmpty() ? null : glob(f.spec.name());
        return event -> {
            if (!type.isInstance(event) || (name != null && !name.matcher(event.name()).matches())) {
                return;
            }
            try {
                f.method.invoke(f.bean, event);
            } catch (InvocationTargetException e) {
                Throwable t = e.getTargetException();
                if (t instanceof RuntimeException) {
                    throw (RuntimeException) t;
                }
                if (t instanceof Error) {
                    throw (Error) t;
                }
                throw new IllegalStateException(f.method + " threw " + t, t);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** A case-insensitive pattern for a glob with {@code *} and {@code ?}. */
    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (String part : glob.split("(?=[*?])|(?<=[*?])")) {
            re.append(part.equals("*") ? ".*" : part.equals("?") ? "." : Pattern.quote(part));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
    }
}
