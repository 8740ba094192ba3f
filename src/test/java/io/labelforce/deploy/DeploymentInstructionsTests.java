package io.labelforce.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the READMEs tell people to run matches what the repository holds: the image name, the paths, the
 * Secret keys and the values of the chart, the Dockerfile's user and ports, the compose service.
 */
class DeploymentInstructionsTests {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Path CHART_README = Chart.DIR.resolve("README.md");

    @Test
    void dockerBuildTagsTheImageTheChartDeploys() throws IOException {
        List<String> build = single(commands(Path.of("README.md"), "docker build"));
        assertThat(Path.of(option(build, "-f")))
                .as("the Dockerfile the README names")
                .isRegularFile();
        assertThat(build.get(build.size() - 1))
                .as("the build context is the repository root")
                .isEqualTo(".");
        assertThat(Path.of(".dockerignore")).isRegularFile();

        assertThat(option(build, "-t")).isEqualTo(chartImage());
        Deployment deployment = Chart.render(t -> t).one(Deployment.class);
        assertThat(HelmChartTests.container(deployment).getImage()).isEqualTo(option(build, "-t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "helm/labelforce/README.md"})
    void helmInstallRendersWithTheSecretsTheReadmeCreates(String readme) throws IOException {
        List<String> install = single(commands(Path.of(readme), "helm install"));
        assertThat(install.get(2)).as("release name").isEqualTo(Chart.RELEASE);
        assertThat(Path.of(install.get(3)).normalize()).as("chart path").isEqualTo(Chart.DIR);
        Map<String, String> sets = sets(install);
        assertThat(sets).containsKeys("database.url", "database.existingSecret", "adminToken.existingSecret");

        Map<String, Map<String, String>> secrets = new TreeMap<>();
        for (List<String> create : commands(Path.of(readme), "kubectl")) {
            if (create.contains("secret") && create.contains("generic")) {
                assertThat(option(create, "-n")).isEqualTo(option(install, "--namespace"));
                secrets.put(create.get(create.indexOf("generic") + 1), literals(create));
            }
        }
        Chart.Manifests manifests = Chart.render(template -> withSets(template, sets));
        assertThat(manifests.all(Secret.class))
                .as("every Secret comes from the README's commands")
                .isEmpty();
        Map<String, String> files = HelmChartTests.secretFiles(manifests.one(Deployment.class));
        assertThat(files.values()).allSatisfy(reference -> {
            String[] secretAndKey = reference.split("/", 2);
            assertThat(secrets)
                    .as("the README creates Secret %s", secretAndKey[0])
                    .containsKey(secretAndKey[0]);
            assertThat(secrets.get(secretAndKey[0]))
                    .as("with key %s", secretAndKey[1])
                    .containsKey(secretAndKey[1]);
        });
        assertThat(manifests.one(ConfigMap.class).getData())
                .containsEntry("SPRING_DATASOURCE_URL", sets.get("database.url"));
    }

    @Test
    void dockerfileRunsTheUserAndPortsTheChartExpects() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docker/Dockerfile")).stream()
                .filter(line -> !line.isBlank() && !line.stripLeading().startsWith("#"))
                .toList();
        JsonNode values = YAML.readTree(Chart.DIR.resolve("values.yaml").toFile());
        JsonNode pod = values.get("podSecurityContext");

        List<String> from =
                lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(from).hasSize(2);
        assertThat(from.get(0))
                .startsWith("FROM eclipse-temurin:${TEMURIN}-jdk-")
                .endsWith(" AS build");
        assertThat(from.get(1))
                .startsWith("FROM eclipse-temurin:${TEMURIN}-jre-")
                .as("no JDK or Maven at run time");
        String temurin = lines.stream()
                .filter(line -> line.startsWith("ARG TEMURIN="))
                .findFirst()
                .orElseThrow();
        assertThat(temurin).as("pinned to one Temurin 25 release").matches("ARG TEMURIN=25\\.\\d+\\.\\d+_\\d+");

        List<String> runtime = lines.subList(lines.indexOf(from.get(1)), lines.size());
        assertThat(runtime)
                .contains("USER " + pod.get("runAsUser").asInt() + ":"
                        + pod.get("runAsGroup").asInt());
        assertThat(runtime)
                .contains("EXPOSE " + values.get("ports").get("http").asInt() + " "
                        + values.get("ports").get("management").asInt());
        assertThat(runtime).contains("ENV LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs");
        assertThat(lines).noneMatch(line -> line.startsWith("HEALTHCHECK"));
        assertThat(runtime).noneMatch(line -> line.contains("mvnw"));
        assertThat(runtime.get(runtime.size() - 1))
                .isEqualTo("ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-XX:AOTCache=labelforce.aot\", "
                        + "\"-jar\", \"labelforce.jar\"]");
        assertThat(String.join("\n", runtime)).contains("-XX:AOTCacheOutput=labelforce.aot");
    }

    @Test
    void composeRunsTheSameImageNextToPostgres() throws IOException {
        JsonNode services =
                YAML.readTree(Path.of("docker/compose.yaml").toFile()).get("services");
        assertThat(services.has("postgres")).isTrue();
        JsonNode labelforce = services.get("labelforce");
        assertThat(labelforce.get("image").asString()).isEqualTo(chartImage());
        Path context = Path.of("docker")
                .resolve(labelforce.get("build").get("context").asString())
                .normalize();
        assertThat(context.resolve(labelforce.get("build").get("dockerfile").asString()))
                .isEqualTo(Path.of("docker/Dockerfile"));
        JsonNode environment = labelforce.get("environment");
        JsonNode ports =
                YAML.readTree(Chart.DIR.resolve("values.yaml").toFile()).get("ports");
        assertThat(environment.get("MANAGEMENT_SERVER_PORT").asString())
                .isEqualTo(ports.get("management").asString());
        assertThat(environment.get("SPRING_DATASOURCE_URL").asString()).contains("//postgres:5432/");
        assertThat(labelforce.get("read_only").asBoolean()).isTrue();
    }

    @Test
    void chartReadmeDescribesEveryValueWithItsDefault() throws IOException {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        flatten("", YAML.readTree(Chart.DIR.resolve("values.yaml").toFile()), leaves);
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\| ([^|]*) \\|").matcher(Files.readString(CHART_README));
        while (row.find()) {
            documented.put(row.group(1), row.group(2).strip());
        }
        assertThat(documented.keySet())
                .as("values the chart README lists")
                .containsExactlyInAnyOrderElementsOf(leaves.keySet());
        leaves.forEach((key, value) -> {
            boolean composite = value.isContainer() && !value.isEmpty();
            String expected = composite ? "see `values.yaml`" : "`" + display(value) + "`";
            assertThat(documented.get(key)).as("default of %s", key).isEqualTo(expected);
        });
    }

    private static String chartImage() throws IOException {
        JsonNode chart = YAML.readTree(Chart.DIR.resolve("Chart.yaml").toFile());
        JsonNode values = YAML.readTree(Chart.DIR.resolve("values.yaml").toFile());
        return values.get("image").get("repository").asString() + ":"
                + chart.get("appVersion").asString();
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject() && !node.isEmpty()) {
            node.properties().forEach(entry -> flatten(prefix + entry.getKey() + ".", entry.getValue(), leaves));
        } else {
            leaves.put(prefix.substring(0, prefix.length() - 1), node);
        }
    }

    private static String display(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isArray()) {
            return "[]";
        }
        if (value.isObject()) {
            return "{}";
        }
        return value.asString().isEmpty() ? "\"\"" : value.asString();
    }

    /** Every command in the file's shell blocks that starts with the given words, split into words. */
    private static List<List<String>> commands(Path file, String start) throws IOException {
        List<List<String>> found = new ArrayList<>();
        String text = Files.readString(file);
        Matcher block = Pattern.compile("(?s)```bash\\n(.*?)```").matcher(text);
        while (block.find()) {
            for (String command : block.group(1).replace("\\\n", " ").lines().toList()) {
                String withoutComment = command.replaceFirst("\\s+#.*$", "").strip();
                if (withoutComment.startsWith(start + " ")) {
                    found.add(words(withoutComment));
                }
            }
        }
        return found;
    }

    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("(?:[^\\s'\"]+|'[^']*'|\"[^\"]*\")+").matcher(command);
        while (word.find()) {
            words.add(word.group().replace("'", "").replace("\"", ""));
        }
        return words;
    }

    private static List<String> single(List<List<String>> commands) {
        assertThat(commands).hasSize(1);
        return commands.get(0);
    }

    private static String option(List<String> words, String name) {
        int at = words.indexOf(name);
        assertThat(at).as("option %s in %s", name, words).isNotNegative();
        return words.get(at + 1);
    }

    private static Map<String, String> sets(List<String> words) {
        Map<String, String> sets = new LinkedHashMap<>();
        for (int i = 0; i < words.size() - 1; i++) {
            if (words.get(i).equals("--set")) {
                String[] pair = words.get(i + 1).split("=", 2);
                sets.put(pair[0], pair[1]);
            }
        }
        return sets;
    }

    private static Map<String, String> literals(List<String> words) {
        Map<String, String> keys = new TreeMap<>();
        for (String word : words) {
            if (word.startsWith("--from-literal=")) {
                String[] pair = word.substring("--from-literal=".length()).split("=", 2);
                keys.put(pair[0], pair[1]);
            }
        }
        return keys;
    }

    private static TemplateCommand withSets(TemplateCommand template, Map<String, String> sets) {
        TemplateCommand result = template;
        for (Map.Entry<String, String> set : sets.entrySet()) {
            result = result.set(set.getKey(), set.getValue());
        }
        return result;
    }
}
