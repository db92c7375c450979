/* Golden test of a document in a tree of folders (tests/golden/multifile.yaml and
 * tests/golden/multifile/): an operation object, a path item, parameters, a request body, a
 * response and schemas each reached by a $ref into another file, resolved relative to the file
 * holding it; schemas named after their files; a cycle of schemas across two files. Requests are
 * recorded, not sent. */
#include <string.h>

#include <multifile/multifile.h>

#include "cunit_run.h"
#include "recorder.h"

static recorder rec;
static multifile_client *client;
static multifile_error err;

static void open_client(int status, const char *body)
{
    static apic_transport t;
    t = recorder_transport(&rec, status, body);
    multifile_config cfg = MULTIFILE_CONFIG_INIT;
    cfg.transport = &t;
    CU_ASSERT_EQUAL_FATAL(multifile_client_new(&cfg, &client, &err), 0);
}

static void close_client(void)
{
    multifile_client_free(client);
    client = NULL;
    multifile_error_clear(&err);
}

/* get_user.yaml is an operation object: its id (from the path item's parameter file), its verbose
 * (a parameter file whose schema is a third file) and its response schema all arrive. */
static void test_an_operation_in_its_own_file(void)
{
    open_client(200, "{\"id\":\"u1\",\"tags\":[\"admin\"],\"best_friend\":{\"id\":\"u2\"},"
                     "\"team\":{\"name\":\"core\",\"members\":[{\"id\":\"u3\"}]}}");
    multifile_users_get_params p = {.id = "u 1", .has_verbose = true, .verbose = true};
    multifile_user *u = NULL;
    CU_ASSERT_EQUAL_FATAL(multifile_users_get(client, &p, &u, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.method, "GET");
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/users/u%201?verbose=true");
    CU_ASSERT_PTR_NOT_NULL_FATAL(u);
    CU_ASSERT_STRING_EQUAL(u->id, "u1");
    CU_ASSERT_TRUE(u->has_tags && u->tags.count == 1 && strcmp(u->tags.items[0], "admin") == 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(u->best_friend); /* User.yaml refers to itself */
    CU_ASSERT_STRING_EQUAL(u->best_friend->id, "u2");
    CU_ASSERT_PTR_NOT_NULL_FATAL(u->team); /* and to Team.yaml, which refers back to it */
    CU_ASSERT_STRING_EQUAL(u->team->name, "core");
    CU_ASSERT_TRUE_FATAL(u->team->has_members && u->team->members.count == 1);
    CU_ASSERT_STRING_EQUAL(u->team->members.items[0].id, "u3");
    multifile_user_free(u);
    close_client();
}

/* users.yaml is a path item: its request body and its list response live in files of a folder
 * two levels up. */
static void test_a_path_item_in_its_own_file(void)
{
    open_client(201, "{\"id\":\"u9\"}");
    char *tags[] = {"new"};
    multifile_user body = {.id = "u9", .has_tags = true, .tags = {tags, 1}};
    multifile_user *made = NULL;
    CU_ASSERT_EQUAL_FATAL(multifile_users_add(client, &body, &made, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.method, "POST");
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/users");
    CU_ASSERT_STRING_EQUAL(rec.body, "{\"id\":\"u9\",\"tags\":[\"new\"]}");
    CU_ASSERT_TRUE(made != NULL && strcmp(made->id, "u9") == 0);
    multifile_user_free(made);
    close_client();

    open_client(200, "[{\"id\":\"a\"},{\"id\":\"b\"}]");
    multifile_user_array *all = NULL;
    CU_ASSERT_EQUAL_FATAL(multifile_users_list(client, &all, &err), 0);
    CU_ASSERT_TRUE_FATAL(all != NULL && all->count == 2);
    CU_ASSERT_STRING_EQUAL(all->items[1].id, "b");
    multifile_user_array_free(all);
    close_client();
}

/* The same parameter file, reached from another folder. */
static void test_one_file_reached_from_two_folders(void)
{
    open_client(200, "{\"name\":\"core\"}");
    multifile_teams_list_members_params p = {.id = "t1"};
    multifile_team *t = NULL;
    CU_ASSERT_EQUAL_FATAL(multifile_teams_list_members(client, &p, &t, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.url, "http://127.0.0.1:9/teams/t1/members");
    CU_ASSERT_TRUE(t != NULL && strcmp(t->name, "core") == 0);
    multifile_team_free(t);
    close_client();
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"an operation object in its own file", test_an_operation_in_its_own_file},
        {"a path item in its own file", test_a_path_item_in_its_own_file},
        {"one file reached from two folders", test_one_file_reached_from_two_folders},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"golden multifile", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
