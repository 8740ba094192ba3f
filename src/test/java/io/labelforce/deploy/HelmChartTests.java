package io.labelforce.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretProjection;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The chart renders what a production cluster needs, with the defaults and with production-like values. */
class HelmChartTests {

    private static final Path PRODUCTION_VALUES = Path.of("src/test/resources/helm/production-values.yaml");
    private static final String FULLNAME = "labelforce";

    @Test
    void lintsCleanInStrictMode() {
        LintResult result = Chart.helm().lint().strict().call();
        assertThat(result.isFailed()).as("%s", result.getMessages()).isFalse();
        assertThat(result.getMessages())
                .noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @Test
    void defaultsRenderEveryObjectOfAProductionSafeRelease() {
        Chart.Manifests manifests = Chart.render(UnaryOperator.identity());

        assertThat(manifests.kinds())
                .containsExactly(
                        "ConfigMap",
                        "Deployment",
                        "HorizontalPodAutoscaler",
                        "NetworkPolicy",
                        "PodDisruptionBudget",
                        "Secret",
                        "Service",
                        "ServiceAccount");
        for (HasMetadata object : manifests.objects()) {
            assertThat(Chart.unknownFields(object))
                    .as("fields unknown to %s", object.getKind())
                    .isEmpty();
            assertThat(object.getMetadata().getName()).isEqualTo(FULLNAME);
            assertThat(object.getMetadata().getLabels())
                    .containsEntry("app.kubernetes.io/name", "labelforce")
                    .containsEntry("app.kubernetes.io/instance", Chart.RELEASE)
                    .containsEntry("app.kubernetes.io/version", "0.1.0");
        }

        Deployment deployment = manifests.one(Deployment.class);
        assertThat(deployment.getSpec().getReplicas())
                .as("the autoscaler owns the replica count")
                .isNull();
        HorizontalPodAutoscaler hpa = manifests.one(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(6);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName())
                .isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies(metric -> {
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getAverageUtilization()).isEqualTo(70);
        });
        PodDisruptionBudget pdb = manifests.one(PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getMinAvailable()).isEqualTo(new IntOrString(1));
        assertThat(pdb.getSpec().getMaxUnavailable()).isNull();
        assertThat(pdb.getSpec().getUnhealthyPodEvictionPolicy()).isEqualTo("AlwaysAllow");

        Container container = container(deployment);
        assertThat(container.getImage()).isEqualTo("ghcr.io/labelforce/labelforce:0.1.0");
        assertThat(container.getImagePullPolicy()).isEqualTo("IfNotPresent");
        assertThat(container.getResources().getRequests())
                .containsEntry("cpu", new Quantity("500m"))
                .containsEntry("memory", new Quantity("768Mi"));
        assertThat(container.getResources().getLimits())
                .containsEntry("cpu", new Quantity("2"))
                .containsEntry("memory", new Quantity("768Mi"));

        ConfigMap config = manifests.one(ConfigMap.class);
        assertThat(config.getData())
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgresql:5432/labelforce")
                .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")
                .containsEntry("SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE", "20s")
                .containsEntry("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", "10")
                .doesNotContainKey("JDK_JAVA_OPTIONS");
        assertThat(container.getEnvFrom())
                .singleElement()
                .satisfies(
                        source -> assertThat(source.getConfigMapRef().getName()).isEqualTo(FULLNAME));
        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsKey("checksum/config");
    }

    @Test
    void probesUseTheActuatorGroupsOnTheSeparateManagementPort() {
        Deployment deployment = Chart.render(UnaryOperator.identity()).one(Deployment.class);
        Container container = container(deployment);

        assertThat(container.getPorts())
                .extracting(port -> port.getName() + "=" + port.getContainerPort())
                .containsExactly("http=8080", "management=8081");
        assertThat(env(container)).containsEntry("SERVER_PORT", "8080").containsEntry("MANAGEMENT_SERVER_PORT", "8081");

        assertProbe(container.getStartupProbe(), "/actuator/health/liveness", 5, 60);
        assertProbe(container.getLivenessProbe(), "/actuator/health/liveness", 10, 3);
        assertProbe(container.getReadinessProbe(), "/actuator/health/readiness", 5, 3);

        int preStop = Integer.parseInt(
                container.getLifecycle().getPreStop().getExec().getCommand().get(1));
        assertThat(container.getLifecycle().getPreStop().getExec().getCommand()).containsExactly("sleep", "10");
        assertThat(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                .as("covers the preStop sleep and Spring's 20 s shutdown phase")
                .isGreaterThan(preStop + 20L);
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable())
                .isEqualTo(new IntOrString(0));
    }

    @Test
    void podRunsAsNonRootOnAReadOnlyRootFilesystemWithoutCapabilities() {
        Deployment deployment = Chart.render(UnaryOperator.identity()).one(Deployment.class);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = container(deployment);

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser())
                .as("the image's USER")
                .isEqualTo(10001L);
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(container.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getSecurityContext().getCapabilities().getAdd()).isNullOrEmpty();

        assertThat(container.getVolumeMounts()).anySatisfy(mount -> {
            assertThat(mount.getMountPath()).isEqualTo("/tmp");
            assertThat(volume(pod, mount.getName()).getEmptyDir()).isNotNull();
        });
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getEnableServiceLinks()).isFalse();
        assertThat(pod.getServiceAccountName()).isEqualTo(FULLNAME);
        assertThat(pod.getTopologySpreadConstraints())
                .extracting(c -> c.getTopologyKey())
                .containsExactly("kubernetes.io/hostname", "topology.kubernetes.io/zone");
        assertThat(pod.getTopologySpreadConstraints())
                .allSatisfy(c -> assertThat(c.getLabelSelector().getMatchLabels())
                        .isEqualTo(deployment.getSpec().getSelector().getMatchLabels()));
    }

    @Test
    void generatedSecretHoldsAStableAdminTokenAndNeverInventsADatabasePassword() {
        Chart.Manifests manifests = Chart.render(UnaryOperator.identity());
        Secret secret = manifests.one(Secret.class);
        assertThat(secret.getData()).containsOnlyKeys("database-username", "admin-token");
        assertThat(decode(secret.getData().get("database-username"))).isEqualTo("labelforce");
        assertThat(decode(secret.getData().get("admin-token"))).matches("[A-Za-z0-9]{48}");

        Map<String, String> files = secretFiles(manifests.one(Deployment.class));
        assertThat(files)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "spring.datasource.username", FULLNAME + "/database-username",
                        "spring.datasource.password", FULLNAME + "/database-password",
                        "labelforce.admin-token", FULLNAME + "/admin-token"));

        Secret withPassword = Chart.render(t ->
                        t.set("database.password", "s3cret").set("adminToken.value", "a-token-of-at-least-24-chars"))
                .one(Secret.class);
        assertThat(decode(withPassword.getData().get("database-password"))).isEqualTo("s3cret");
        assertThat(decode(withPassword.getData().get("admin-token"))).isEqualTo("a-token-of-at-least-24-chars");
    }

    @Test
    void productionValuesUseExistingSecretsADigestIngressAndServiceMonitor() {
        Chart.Manifests manifests = Chart.render(t -> t.withValuesFile(PRODUCTION_VALUES));

        assertThat(manifests.kinds())
                .containsExactly(
                        "ConfigMap",
                        "Deployment",
                        "HorizontalPodAutoscaler",
                        "Ingress",
                        "NetworkPolicy",
                        "PodDisruptionBudget",
                        "Service",
                        "ServiceAccount",
                        "ServiceMonitor");
        for (HasMetadata object : manifests.objects()) {
            assertThat(Chart.unknownFields(object))
                    .as("fields unknown to %s", object.getKind())
                    .isEmpty();
        }
        Deployment deployment = manifests.one(Deployment.class);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = container(deployment);
        assertThat(container.getImage())
                .isEqualTo("registry.example.com/ml/labelforce@sha256:"
                        + "4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c");
        assertThat(container.getImagePullPolicy()).isEqualTo("Always");
        assertThat(pod.getImagePullSecrets()).extracting(ref -> ref.getName()).containsExactly("registry-credentials");
        assertThat(pod.getPriorityClassName()).isEqualTo("business-critical");
        assertThat(secretFiles(deployment))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "spring.datasource.username", "labelforce-db/user",
                        "spring.datasource.password", "labelforce-db/pass",
                        "labelforce.admin-token", "labelforce-admin/token"));
        assertThat(container.getResources().getLimits()).containsEntry("memory", new Quantity("1536Mi"));
        assertThat(container.getLifecycle().getPreStop().getExec().getCommand()).containsExactly("sleep", "15");
        assertThat(pod.getTerminationGracePeriodSeconds()).isEqualTo(60L);

        assertThat(manifests.one(ConfigMap.class).getData())
                .containsEntry(
                        "SPRING_DATASOURCE_URL",
                        "jdbc:postgresql://pg-primary.databases.svc:6432/labelforce?sslmode=verify-full")
                .containsEntry("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", "15")
                .containsEntry("SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE", "30s")
                .containsEntry("JDK_JAVA_OPTIONS", "-XX:+ExitOnOutOfMemoryError")
                .containsEntry("LABELFORCE_LIMITS_ANNOTATIONJOBSPERPROJECT", "5000")
                .containsEntry("LABELFORCE_SECURITY_KEYCACHETTL", "2s");

        HorizontalPodAutoscaler hpa = manifests.one(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(12);
        assertThat(hpa.getSpec().getBehavior().getScaleDown().getStabilizationWindowSeconds())
                .isEqualTo(600);
        PodDisruptionBudget pdb = manifests.one(PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getMaxUnavailable()).isEqualTo(new IntOrString(1));
        assertThat(pdb.getSpec().getMinAvailable()).isNull();

        Ingress ingress = manifests.one(Ingress.class);
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getSecretName()).isEqualTo("labelforce-tls");
            assertThat(tls.getHosts()).containsExactly("labelforce.ml.example.com");
        });
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo("labelforce.ml.example.com");
            assertThat(rule.getHttp().getPaths()).singleElement().satisfies(path -> {
                assertThat(path.getBackend().getService().getName()).isEqualTo(FULLNAME);
                assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
            });
        });

        GenericKubernetesResource monitor = manifests.custom("ServiceMonitor");
        assertThat(monitor.getApiVersion()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "kube-prometheus-stack");
        assertThat(monitor.<List<Map<String, Object>>>get("spec", "endpoints"))
                .singleElement()
                .satisfies(endpoint -> assertThat(endpoint)
                        .containsEntry("port", "management")
                        .containsEntry("path", "/actuator/prometheus"));
        assertThat(monitor.<Map<String, String>>get("spec", "selector", "matchLabels"))
                .isEqualTo(manifests.one(Service.class).getSpec().getSelector());

        NetworkPolicy policy = manifests.one(NetworkPolicy.class);
        assertThat(policy.getSpec().getEgress()).anySatisfy(rule -> {
            assertThat(rule.getPorts()).extracting(NetworkPolicyPort::getPort).containsExactly(new IntOrString(6432));
            assertThat(rule.getTo())
                    .singleElement()
                    .satisfies(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                            .containsEntry("kubernetes.io/metadata.name", "databases"));
        });
        assertThat(policy.getSpec().getIngress().get(0).getFrom())
                .singleElement()
                .satisfies(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                        .containsEntry("kubernetes.io/metadata.name", "ingress-nginx"));
    }

    @Test
    void everySelectorFindsThePods() {
        Chart.Manifests manifests = Chart.render(t -> t.withValuesFile(PRODUCTION_VALUES));
        Deployment deployment = manifests.one(Deployment.class);
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();

        assertThat(podLabels)
                .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(podLabels)
                .containsAllEntriesOf(manifests.one(Service.class).getSpec().getSelector());
        assertThat(podLabels)
                .containsAllEntriesOf(manifests
                        .one(PodDisruptionBudget.class)
                        .getSpec()
                        .getSelector()
                        .getMatchLabels());
        assertThat(podLabels)
                .containsAllEntriesOf(manifests
                        .one(NetworkPolicy.class)
                        .getSpec()
                        .getPodSelector()
                        .getMatchLabels());
        assertThat(manifests.one(Service.class).getSpec().getPorts())
                .extracting(port -> port.getName() + ":" + port.getPort() + "->"
                        + port.getTargetPort().getStrVal())
                .containsExactly("http:80->http", "management:8081->management");
        assertThat(deployment.getSpec().getTemplate().getSpec().getServiceAccountName())
                .isEqualTo(manifests.one(ServiceAccount.class).getMetadata().getName());
    }

    @Test
    void withoutAutoscalingTheDeploymentKeepsReplicaCount() {
        Chart.Manifests manifests =
                Chart.render(t -> t.set("autoscaling.enabled", false).set("replicaCount", 3));
        assertThat(manifests.one(Deployment.class).getSpec().getReplicas()).isEqualTo(3);
        assertThat(manifests.all(HorizontalPodAutoscaler.class)).isEmpty();
    }

    @Test
    void defaultNetworkPolicyOpensTheApiAndKeepsMetricsForMonitoring() {
        NetworkPolicy policy = Chart.render(UnaryOperator.identity()).one(NetworkPolicy.class);
        assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
        assertThat(policy.getSpec().getIngress()).hasSize(2);
        assertThat(policy.getSpec().getIngress().get(0).getPorts())
                .extracting(NetworkPolicyPort::getPort)
                .containsExactly(new IntOrString("http"));
        assertThat(policy.getSpec().getIngress().get(0).getFrom())
                .as("any client may call the API")
                .isNullOrEmpty();
        assertThat(policy.getSpec().getIngress().get(1).getPorts())
                .extracting(NetworkPolicyPort::getPort)
                .containsExactly(new IntOrString("management"));
        assertThat(policy.getSpec().getIngress().get(1).getFrom())
                .singleElement()
                .satisfies(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                        .containsEntry("kubernetes.io/metadata.name", "monitoring"));
        assertThat(policy.getSpec().getEgress())
                .flatExtracting(rule -> rule.getPorts())
                .extracting(port -> port.getProtocol() + "/" + port.getPort().getIntVal())
                .containsExactly("UDP/53", "TCP/53", "TCP/5432");
    }

    @Test
    void mailConfigurationReachesThePodAndOpensOnlyTheSmtpPort() {
        Chart.Manifests plain = Chart.render(UnaryOperator.identity());
        assertThat(plain.one(ConfigMap.class).getData())
                .doesNotContainKey("SPRING_MAIL_HOST")
                .containsEntry("LABELFORCE_MAIL_INVITEONCREATE", "true");

        Chart.Manifests manifests = Chart.render(t -> t.set("mail.host", "smtp.example.com")
                .set("mail.port", 2525)
                .set("mail.from", "Labels <labels@example.com>")
                .set("mail.existingSecret", "smtp-credentials")
                .set("mail.inviteOnCreate", false));
        assertThat(manifests.one(ConfigMap.class).getData())
                .containsEntry("SPRING_MAIL_HOST", "smtp.example.com")
                .containsEntry("SPRING_MAIL_PORT", "2525")
                .containsEntry("LABELFORCE_MAIL_FROM", "Labels <labels@example.com>")
                .containsEntry("LABELFORCE_MAIL_INVITEONCREATE", "false");
        assertThat(manifests.one(NetworkPolicy.class).getSpec().getEgress())
                .flatExtracting(rule -> rule.getPorts())
                .extracting(port -> port.getProtocol() + "/" + port.getPort().getIntVal())
                .containsExactly("UDP/53", "TCP/53", "TCP/5432", "TCP/2525");
        Deployment deployment = manifests.one(Deployment.class);
        assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes())
                .filteredOn(volume -> volume.getName().equals("secrets"))
                .singleElement()
                .satisfies(volume -> assertThat(volume.getProjected().getSources())
                        .filteredOn(source -> source.getSecret() != null
                                && "smtp-credentials".equals(source.getSecret().getName()))
                        .singleElement()
                        .satisfies(source -> assertThat(source.getSecret().getItems())
                                .extracting(item -> item.getPath())
                                .containsExactly("spring.mail.username", "spring.mail.password")));
    }

    @Test
    void storageConfigurationReachesThePodWithCredentialsAsFilesAndOpensTheStoragePort() {
        Chart.Manifests plain = Chart.render(UnaryOperator.identity());
        assertThat(plain.one(ConfigMap.class).getData())
                .doesNotContainKey("LABELFORCE_STORAGE_ENDPOINT")
                .containsEntry("LABELFORCE_STORAGE_PATHSTYLE", "true")
                .containsEntry("LABELFORCE_STORAGE_BUCKET", "labelforce");

        Chart.Manifests manifests = Chart.render(t -> t.set("storage.endpoint", "http://minio.storage:9000")
                .set("storage.bucket", "samples")
                .set("storage.region", "eu-de")
                .set("storage.existingSecret", "s3-credentials"));
        assertThat(manifests.one(ConfigMap.class).getData())
                .containsEntry("LABELFORCE_STORAGE_ENDPOINT", "http://minio.storage:9000")
                .containsEntry("LABELFORCE_STORAGE_BUCKET", "samples")
                .containsEntry("LABELFORCE_STORAGE_REGION", "eu-de")
                .doesNotContainKeys("LABELFORCE_STORAGE_ACCESSKEY", "LABELFORCE_STORAGE_SECRETKEY");
        assertThat(manifests.one(NetworkPolicy.class).getSpec().getEgress())
                .flatExtracting(rule -> rule.getPorts())
                .extracting(port -> port.getProtocol() + "/" + port.getPort().getIntVal())
                .containsExactly("UDP/53", "TCP/53", "TCP/5432", "TCP/9000");
        assertThat(manifests
                        .one(Deployment.class)
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getVolumes())
                .filteredOn(volume -> volume.getName().equals("secrets"))
                .singleElement()
                .satisfies(volume -> assertThat(volume.getProjected().getSources())
                        .filteredOn(source -> source.getSecret() != null
                                && "s3-credentials".equals(source.getSecret().getName()))
                        .singleElement()
                        .satisfies(source -> assertThat(source.getSecret().getItems())
                                .extracting(item -> item.getPath())
                                .containsExactly("labelforce.storage.access-key", "labelforce.storage.secret-key")));

        Chart.Manifests https = Chart.render(t -> t.set("storage.endpoint", "https://obs.eu-de.otc.t-systems.com"));
        assertThat(https.one(NetworkPolicy.class).getSpec().getEgress())
                .flatExtracting(rule -> rule.getPorts())
                .extracting(port -> port.getProtocol() + "/" + port.getPort().getIntVal())
                .contains("TCP/443");
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                invalid(t -> t.set("replicaCount", "two"), "replicaCount"),
                invalid(t -> t.set("replicaCount", 0), "replicaCount"),
                invalid(t -> t.set("replicas", 3), "replicas"),
                invalid(t -> t.set("securityContext.runAsNonRoot", false), "runAsNonRoot"),
                invalid(t -> t.set("image.digest", "latest"), "digest"),
                invalid(t -> t.set("database.url", "postgres://db/x"), "url"),
                invalid(t -> t.set("logging.structuredFormat", "json"), "structuredFormat"),
                invalid(t -> t.set("adminToken.value", "short"), "value"),
                invalid(t -> t.set("autoscaling.minReplicas", 8), "minReplicas"),
                invalid(t -> t.set("terminationGracePeriodSeconds", 25), "terminationGracePeriodSeconds"),
                invalid(t -> t.set("podDisruptionBudget.maxUnavailable", 1), "not both"),
                invalid(t -> t.set("mail.port", "smtp"), "port"),
                invalid(t -> t.set("mail.invitationUrl", "https://example.com/no-token"), "invitationUrl"),
                invalid(t -> t.set("storage.endpoint", "minio:9000"), "endpoint"),
                invalid(t -> t.set("storage.bucket", "Bad_Bucket"), "bucket"),
                invalid(t -> t.withKubeVersion("v1.26.9"), "kubeVersion"));
    }

    private static Arguments invalid(UnaryOperator<TemplateCommand> values, String named) {
        return Arguments.of(values, named);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("invalidValues")
    void invalidValuesFailAtInstall(UnaryOperator<TemplateCommand> values, String named) {
        assertThatThrownBy(() -> Chart.template(values)).hasMessageContaining(named);
    }

    private static void assertProbe(Probe probe, String path, int period, int failures) {
        assertThat(probe).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort()).isEqualTo(new IntOrString("management"));
        assertThat(probe.getPeriodSeconds()).isEqualTo(period);
        assertThat(probe.getFailureThreshold()).isEqualTo(failures);
        assertThat(probe.getTimeoutSeconds()).isPositive();
    }

    static Container container(Deployment deployment) {
        List<Container> containers =
                deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    static Map<String, String> env(Container container) {
        return container.getEnv().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    }

    private static Volume volume(PodSpec pod, String name) {
        return pod.getVolumes().stream()
                .filter(v -> v.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** File name in the secrets directory → "secret/key" it comes from. */
    static Map<String, String> secretFiles(Deployment deployment) {
        Container container = container(deployment);
        assertThat(env(container)).containsEntry("SPRING_CONFIG_IMPORT", "configtree:/etc/labelforce/secrets/");
        VolumeMount mount = container.getVolumeMounts().stream()
                .filter(candidate -> candidate.getMountPath().equals("/etc/labelforce/secrets"))
                .findFirst()
                .orElseThrow();
        assertThat(mount.getReadOnly()).isTrue();
        Volume volume = volume(deployment.getSpec().getTemplate().getSpec(), mount.getName());
        Map<String, String> files = new TreeMap<>();
        for (VolumeProjection source : volume.getProjected().getSources()) {
            SecretProjection secret = source.getSecret();
            assertThat(secret.getOptional())
                    .as("a missing Secret stops the pod")
                    .isNotEqualTo(true);
            for (KeyToPath item : secret.getItems()) {
                files.put(item.getPath(), secret.getName() + "/" + item.getKey());
            }
        }
        return files;
    }

    private static String decode(@Nullable String base64) {
        return new String(
                Base64.getDecoder().decode(Objects.requireNonNull(base64, "no such key")), StandardCharsets.UTF_8);
    }
}
