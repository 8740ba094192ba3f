package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.workforce.WorkerRole;
import io.labelforce.workforce.WorkerStatus;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The invitation page over HTTP, with member keys (no OIDC sign-in): pages, the key, its scope and its end. */
class InvitationPageTests extends MemberKeyContext {

    private static final Pattern MEMBER_KEY = Pattern.compile("<code id=\"member-key\">(lf_[A-Za-z0-9_-]{43})</code>");

    private MvcTestResult open(String link) {
        return mvc.get().uri(link).accept(MediaType.TEXT_HTML).exchange();
    }

    private MvcTestResult acceptForm(String link) {
        return mvc.post()
                .uri(link + "/accept")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML)
                .header("Sec-Fetch-Site", "same-origin")
                .exchange();
    }

    private static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String memberKey(MvcTestResult result) {
        Matcher matcher = MEMBER_KEY.matcher(html(result));
        assertThat(matcher.find()).as("a member key in %s", html(result)).isTrue();
        return matcher.group(1);
    }

    private static void assertPage(MvcTestResult result, int status, String... texts) {
        assertThat(result).hasStatus(status);
        assertThat(result.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .startsWith("default-src 'none'; style-src 'sha256-")
                .contains("form-action 'self'", "frame-ancestors 'none'");
        assertThat(html(result)).contains(texts).doesNotContain("member-key");
    }

    @Test
    void theLinkShowsTeamProjectAndEmailWithAnAcceptButtonAndJsonCallersStillGetJson() {
        Invited invited = invited("annotators", "page@example.com");

        MvcTestResult page = open(invited.link());
        assertPage(
                page,
                200,
                "<dd id=\"team\">annotators</dd>",
                "<dd id=\"project\">" + project + "</dd>",
                "<dd id=\"email\">page@example.com</dd>",
                "<form method=\"post\" action=\"" + invited.token() + "/accept\">",
                "<button id=\"accept\" type=\"submit\">Accept</button>");
        // opening the page changes nothing
        assertThat(memberStatus(invited.team(), invited.worker())).isEqualTo(WorkerStatus.NEW);

        for (MvcTestResult json : List.of(
                mvc.get().uri(invited.link()).exchange(),
                mvc.get().uri(invited.link()).accept(MediaType.APPLICATION_JSON).exchange())) {
            assertThat(json).hasStatus(200);
            assertThat(body(json).get("state").asString()).isEqualTo("pending");
            assertThat(body(json).get("workforce_name").asString()).isEqualTo("annotators");
        }
    }

    @Test
    void acceptingShowsTheMemberKeyOnceAndTheKeyOnlyReachesTheMemberRoutes() {
        Invited invited = invited("labelers", "once@example.com");

        MvcTestResult accepted = acceptForm(invited.link());
        assertThat(accepted).hasStatus(200);
        assertThat(accepted.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(html(accepted)).contains("<dd id=\"team\">labelers</dd>", "shown only this once");
        String key = memberKey(accepted);
        assertThat(memberStatus(invited.team(), invited.worker())).isEqualTo(WorkerStatus.JOINED);
        // an API key row: permission member, this project only, the member's e-mail; only the hash is stored
        Map<String, Object> row = jdbc.queryForMap(
                "select permission, array_to_string(projects, ',') as projects, worker_email, token_hash"
                        + " from api_key where worker_email = ? and revoked_at is null",
                "once@example.com");
        assertThat(row)
                .containsEntry("permission", "member")
                .containsEntry("projects", project)
                .containsEntry("worker_email", "once@example.com")
                .containsEntry("token_hash", io.labelforce.common.Secrets.sha256(key));

        // never again: accepting again, and the page, show no key
        assertPage(acceptForm(invited.link()), 410, "This invitation can no longer be used", "accepted already");
        assertPage(open(invited.link()), 410, "This invitation was used");

        // the member's own routes, and nothing else: its task list shows the task it is assigned to
        String v2 = "/v2/" + project;
        newDataset();
        Map<String, Object> assigned = task("first-task");
        assigned.put("workforces_config", config(invited.team(), List.of("once@example.com")));
        assertThat(call(HttpMethod.POST, tasks + "/" + createTask(assigned), writer))
                .hasStatus(200);
        MvcTestResult mine = call(HttpMethod.GET, v2 + "/workforces/worker-tasks", key);
        assertThat(mine).hasStatus(200);
        assertThat(body(mine).get("count").asInt()).isEqualTo(1);
        assertThat(body(mine).get("worker_tasks").get(0).get("email").asString())
                .isEqualTo("once@example.com");
        String task = v2 + "/datasets/d1/workforce-tasks/t1/data-annotations";
        for (MvcTestResult memberRoute : List.of(
                call(HttpMethod.GET, task + "/samples", key),
                call(HttpMethod.GET, task + "/samples/s1", key),
                call(HttpMethod.PUT, task + "/samples", key, Map.of()),
                call(HttpMethod.POST, task + "/review", key, Map.of()))) {
            // past the authorization point (the labeling routes answer for themselves)
            assertThat(memberRoute.getResponse().getStatus()).isNotIn(401, 403);
        }
        assertError(call(HttpMethod.GET, v2 + "/workforces", key), 403, "ModelArts.0108", "member key");
        assertError(call(HttpMethod.GET, teams + "/" + invited.team() + "/workers", key), 403, "ModelArts.0108", "");
        assertError(
                call(HttpMethod.POST, v2 + "/workforces", key, Map.of("workforce_name", "mine")),
                403,
                "ModelArts.0108",
                "");
        assertError(call(HttpMethod.GET, v2 + "/datasets", key), 403, "ModelArts.0108", "");
        assertError(call(HttpMethod.GET, task + "/samples/s1/extra", key), 403, "ModelArts.0108", "");
        assertError(call(HttpMethod.GET, "/v1/" + project + "/annotation-jobs", key), 403, "ModelArts.0108", "");
        assertError(
                call(HttpMethod.GET, "/v2/" + newProject() + "/workforces/worker-tasks", key),
                403,
                "ModelArts.0210",
                "");
        assertThat(call(HttpMethod.GET, "/admin/api-keys", key)).hasStatus(403);
    }

    @Test
    void removingTheMemberOrInvitingItAgainEndsTheMemberKey() {
        Invited invited = invited("leavers", "gone@example.com");
        String key = memberKey(acceptForm(invited.link()));
        String tasks = "/v2/" + project + "/workforces/worker-tasks";
        assertThat(call(HttpMethod.GET, tasks, key)).hasStatus(200);

        assertThat(call(HttpMethod.DELETE, member(invited.team(), invited.worker()), writer))
                .hasStatus(204);
        // the membership check is cached like the key (key-cache-ttl, 1 s in this context)
        eventually().until(() -> call(HttpMethod.GET, tasks, key).getResponse().getStatus() == 401);
        assertError(call(HttpMethod.GET, tasks, key), 401, "ModelArts.4504", "");

        // added again and invited again: the old key is revoked for good, the new acceptance brings a new key
        String again = addWorker(invited.team(), "gone@example.com", WorkerRole.LABELER);
        assertThat(call(HttpMethod.POST, member(invited.team(), again) + "/invitation", writer))
                .hasStatus(202);
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_key where worker_email = ? and revoked_at is null",
                        Integer.class,
                        "gone@example.com"))
                .isZero();
        String second = memberKey(
                acceptForm(invitation(invited.team(), again, "gone@example.com").link()));
        assertThat(second).isNotEqualTo(key);
        assertThat(call(HttpMethod.GET, tasks, second)).hasStatus(200);
        assertError(call(HttpMethod.GET, tasks, key), 401, "ModelArts.4504", "");
    }

    @Test
    void expiredRevokedUsedAndUnknownLinksGetAClearPage() {
        Invited expired = invited("late", "late@example.com");
        jdbc.update(
                "update invitation set expire_time = now() - interval '1 second' where worker_id = ?",
                expired.worker());
        assertPage(open(expired.link()), 410, "This invitation has expired", "Ask the team owner");
        assertPage(acceptForm(expired.link()), 410, "This invitation has expired");

        Invited replaced = invitedTo(expired.team(), "twice@example.com");
        jdbc.update("update invitation set revoke_time = now() where worker_id = ?", replaced.worker());
        assertPage(open(replaced.link()), 410, "This invitation was revoked", "newer invitation");
        assertPage(acceptForm(replaced.link()), 410, "A newer invitation replaced it.");

        Invited removed = invitedTo(expired.team(), "removed@example.com");
        assertThat(call(HttpMethod.DELETE, member(removed.team(), removed.worker()), writer))
                .hasStatus(204);
        assertPage(open(removed.link()), 410, "This invitation was revoked", "no longer a member");
        assertPage(acceptForm(removed.link()), 410, "The membership no longer exists.");

        String unknown = "/invitations/lfi_" + "B".repeat(43);
        assertPage(open(unknown), 404, "This invitation link is not valid");
        assertPage(acceptForm(unknown), 404, "This invitation link is not valid");
        // JSON callers keep the JSON errors
        assertError(mvc.post().uri(unknown + "/accept").exchange(), 404, "Labelforce.4902", "No invitation");
        assertError(mvc.post().uri(expired.link() + "/accept").exchange(), 410, "Labelforce.4904", "expired");
    }

    @Test
    void aFormPostFromAnotherSiteIsRefusedAndChangesNothing() {
        Invited invited = invited("guarded", "csrf@example.com");
        for (String site : List.of("cross-site", "same-site")) {
            MvcTestResult refused = mvc.post()
                    .uri(invited.link() + "/accept")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .header("Sec-Fetch-Site", site)
                    .exchange();
            assertPage(refused, 403, "Open the link from your e-mail");
        }
        assertThat(memberStatus(invited.team(), invited.worker())).isEqualTo(WorkerStatus.NEW);
        // a browser that sends no Sec-Fetch-Site (older ones) or opened the page itself may accept
        assertThat(mvc.post()
                        .uri(invited.link() + "/accept")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .exchange())
                .hasStatus(200);
        assertThat(memberStatus(invited.team(), invited.worker())).isEqualTo(WorkerStatus.JOINED);
    }

    @Test
    void valuesAreEscapedOnThePage() {
        // a team name cannot hold markup (NAME rules); the e-mail's local part can hold an apostrophe
        Invited invited = invited("escaped", "o'neil@example.com");
        assertPage(open(invited.link()), 200, "<dd id=\"email\">o&#39;neil@example.com</dd>");
    }

    @Test
    void theJsonAcceptAnswersTheMemberKeyToo() {
        Invited invited = invited("api", "json@example.com");
        MvcTestResult accepted = mvc.post().uri(invited.link() + "/accept").exchange();
        assertThat(accepted).hasStatus(200);
        String key = body(accepted).get("member_key").asString();
        assertThat(key).startsWith("lf_");
        assertThat(call(HttpMethod.GET, "/v2/" + project + "/workforces/worker-tasks", key))
                .hasStatus(200);
    }

    @Test
    void theAdministratorCanIssueMemberKeysForOneProjectAndAnEmailOnly() {
        Map<String, Object> noEmail = Map.of("name", "m1", "projects", List.of(project), "permission", "member");
        assertError(
                call(HttpMethod.POST, "/admin/api-keys", ADMIN_TOKEN, noEmail), 400, "ModelArts.0104", "worker_email");
        Map<String, Object> everyProject =
                Map.of("name", "m2", "projects", List.of("*"), "permission", "member", "worker_email", "m@example.com");
        assertError(
                call(HttpMethod.POST, "/admin/access-keys", ADMIN_TOKEN, everyProject),
                400,
                "ModelArts.0104",
                "exactly one project");
        MvcTestResult created = call(
                HttpMethod.POST,
                "/admin/api-keys",
                ADMIN_TOKEN,
                Map.of(
                        "name",
                        "m3",
                        "projects",
                        List.of(project),
                        "permission",
                        "member",
                        "worker_email",
                        "m@example.com"));
        assertThat(created).hasStatus(201);
        String key = body(created).get("token").asString();
        assertThat(call(HttpMethod.GET, "/v2/" + project + "/workforces/worker-tasks", key))
                .hasStatus(200);
        assertError(call(HttpMethod.GET, "/v2/" + project + "/workforces", key), 403, "ModelArts.0108", "");
    }
}
