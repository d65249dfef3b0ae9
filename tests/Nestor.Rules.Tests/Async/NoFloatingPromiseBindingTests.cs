using Nestor.Rules.Async;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Async;

/// <summary>The rule over a bound project: callees are resolved by the binder, not by their spelling.</summary>
public sealed class NoFloatingPromiseBindingTests
{
    private static readonly NoFloatingPromise Rule = new();

    private static string Message(string name) => $"The promise of '{name}(...)' is not awaited, returned, voided or caught.";

    [Fact]
    public void Same_named_classes_in_two_files_are_told_apart_by_their_imports()
    {
        RuleTester.InvalidProject(
            Rule,
            new Dictionary<string, string>
            {
                ["src/mail/mailer.ts"] = "export class Mailer {\n  async send(to: string): Promise<void> {}\n}\n",
                ["src/sms/mailer.ts"] = "export class Mailer {\n  send(to: string): void {}\n}\n",
                ["src/signup.service.ts"] = """
                    import { Mailer } from './mail/mailer';

                    export class SignupService {
                      constructor(private readonly mailer: Mailer) {}

                      register(email: string): void {
                        [|this.mailer.send(email)|];
                      }
                    }
                    """,
                ["src/reminder.service.ts"] = """
                    import { Mailer } from './sms/mailer';

                    export class ReminderService {
                      constructor(private readonly mailer: Mailer) {}

                      remind(phone: string): void {
                        this.mailer.send(phone);
                      }
                    }
                    """,
            },
            Message("this.mailer.send"));
    }

    [Fact]
    public void An_imported_async_function_called_without_await_is_reported_and_a_sync_one_is_not()
    {
        RuleTester.InvalidProject(
            Rule,
            new Dictionary<string, string>
            {
                ["src/jobs/notify.ts"] = """
                    export async function notify(userId: string): Promise<void> {}
                    export const archive = async (userId: string) => userId;
                    export function format(userId: string): string { return userId; }
                    export const count = (userId: string) => userId.length;
                    """,
                ["src/jobs/index.ts"] = "export * from './notify';\n",
                ["src/users.service.ts"] = """
                    import { notify, archive as archiveUser, format, count } from './jobs';

                    export class UsersService {
                      close(userId: string): void {
                        [|notify(userId)|];
                        [|archiveUser(userId)|];
                        format(userId);
                        count(userId);
                      }
                    }
                    """,
            },
            Message("notify"),
            Message("archiveUser"));
    }

    [Fact]
    public void A_method_inherited_from_a_base_class_in_another_file_is_resolved_and_an_override_decides()
    {
        RuleTester.InvalidProject(
            Rule,
            new Dictionary<string, string>
            {
                ["src/common/base.repository.ts"] = """
                    export abstract class BaseRepository<T> {
                      async remove(id: string): Promise<void> {}
                      async touch(id: string): Promise<void> {}
                    }
                    """,
                ["src/users/users.repository.ts"] = """
                    import { BaseRepository } from '../common/base.repository';

                    export class UsersRepository extends BaseRepository<string> {
                      touch(id: string): void {}
                    }
                    """,
                ["src/users/users.service.ts"] = """
                    import { UsersRepository } from './users.repository';

                    export class UsersService {
                      constructor(private readonly users: UsersRepository) {}

                      drop(id: string): void {
                        [|this.users.remove(id)|];
                        this.users.touch(id);
                      }
                    }
                    """,
            },
            Message("this.users.remove"));
    }

    [Fact]
    public void A_field_typed_with_a_package_class_is_not_taken_for_a_workspace_class_of_the_same_name()
    {
        RuleTester.ValidProject(
            Rule,
            new Dictionary<string, string>
            {
                ["src/cache/cache.ts"] = "export class Cache {\n  async set(key: string): Promise<void> {}\n}\n",
                ["src/users.service.ts"] = """
                    import { Cache } from 'some-cache-package';

                    export class UsersService {
                      constructor(private readonly cache: Cache) {}

                      remember(key: string): void {
                        this.cache.set(key);
                      }
                    }
                    """,
            });
    }
}
