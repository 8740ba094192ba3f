package io.labelforce.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Helm chart in {@code helm/labelforce}, rendered by Helm itself (helm-java bundles it as a native
 * library) and parsed into typed Kubernetes objects.
 */
final class Chart {

    static final Path DIR = Path.of("helm", "labelforce");
    static final String RELEASE = "labelforce";
    /** helm-java's library defaults to v1.20 (a real helm reports its client's version); the chart needs 1.27+. */
    static final String KUBE_VERSION = "v1.31.0";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private Chart() {}

    static Helm helm() {
        return new Helm(DIR);
    }

    /** {@code helm template labelforce helm/labelforce} with the given options, parsed. */
    static Manifests render(UnaryOperator<TemplateCommand> options) {
        return new Manifests(parse(template(options)));
    }

    static String template(UnaryOperator<TemplateCommand> options) {
        return options.apply(helm().template()
                        .withName(RELEASE)
                        .withNamespace("labelforce")
                        .withKubeVersion(KUBE_VERSION))
                .call();
    }

    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        try (MappingIterator<KubernetesResource> documents =
                YAML.readerFor(KubernetesResource.class).readValues(yaml)) {
            while (documents.hasNext()) {
                KubernetesResource resource = documents.next();
                if (resource != null) {
                    assertThat(resource)
                            .as("every rendered document is a Kubernetes object")
                            .isInstanceOf(HasMetadata.class);
                    objects.add((HasMetadata) resource);
                }
            }
        }
        return objects;
    }

    /**
     * Fields the typed model does not know (a misspelt {@code readinesProbe}, a field at the wrong level) land
     * in {@code additionalProperties}; this lists them for every object except the untyped custom resources.
     */
    static List<String> unknownFields(HasMetadata object) {
        List<String> unknown = new ArrayList<>();
        if (!(object instanceof GenericKubernetesResource)) {
            collectUnknown(object, object.getKind(), unknown);
        }
        return unknown;
    }

    private static void collectUnknown(Object node, String path, List<String> unknown) {
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectUnknown(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collectUnknown(value, path + "." + key, unknown));
            return;
        }
        if (node == null || !node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class
                    || getter.getReturnType() == Class.class) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else {
                collectUnknown(value, path + "." + getter.getName().substring(3), unknown);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " on " + target.getClass(), e);
        }
    }

    /** The objects of one rendering. */
    record Manifests(List<HasMetadata> objects) {

        <T extends HasMetadata> T one(Class<T> type) {
            List<T> found = all(type);
            assertThat(found).as("one %s", type.getSimpleName()).hasSize(1);
            return found.get(0);
        }

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        GenericKubernetesResource custom(String kind) {
            List<GenericKubernetesResource> found = all(GenericKubernetesResource.class).stream()
                    .filter(object -> kind.equals(object.getKind()))
                    .toList();
            assertThat(found).as("one %s", kind).hasSize(1);
            return found.get(0);
        }

        List<String> kinds() {
            return objects.stream().map(HasMetadata::getKind).sorted().toList();
        }
    }
}
