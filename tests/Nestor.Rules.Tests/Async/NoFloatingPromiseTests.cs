using Nestor.Rules.Async;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Async;

public sealed class NoFloatingPromiseTests
{
    private const string Declarations = "async function send(): Promise<void> {}\nfunction later(): Promise<number> { return Promise.resolve(1); }\nconst load = async () => 1;\n";
    private static readonly NoFloatingPromise Rule = new();

    private static string Message(string name) => $"The promise of '{name}(...)' is not awaited, returned, voided or caught.";

    [Theory]
    [InlineData("async function g() { await send(); }")]
    [InlineData("function g() { return send(); }")]
    [InlineData("void send();")]
    [InlineData("send().catch(() => undefined);")]
    [InlineData("send().then(() => 1, () => 2);")]
    [InlineData("send().catch((e: unknown) => log(e)).finally(() => done());")]
    [InlineData("later().then(() => 1).catch(() => 0);")]
    [InlineData("const pending = load();")]
    [InlineData("it('sends', async () => { await send(); });\ndescribe('mail', () => { beforeEach(async () => { await send(); }); });")]
    [InlineData("unknownLibraryCall();\nconsole.log('x');")]
    [InlineData("send;")]
    public void Valid(string code) => RuleTester.Valid(Rule, Declarations + code);

    [Theory]
    [InlineData("[|send()|];", "send")]
    [InlineData("[|later()|];", "later")]
    [InlineData("[|load()|];", "load")]
    [InlineData("[|send().finally(() => done())|];", "send")]
    [InlineData("[|send().then(() => 1)|];", "send")]
    [InlineData("[|send().catch()|];", "send")]
    [InlineData("[|fetch('https://example.com/hook')|];", "fetch")]
    [InlineData("[|fs.promises.writeFile('a.txt', 'a')|];", "fs.promises.writeFile")]
    [InlineData("[|(async () => { await send(); })()|];", "async function")]
    [InlineData("[|new Promise<void>((resolve) => resolve()).then(() => 1)|];", "new Promise")]
    public void Invalid(string markup, string name) => RuleTester.Invalid(Rule, Declarations + markup, Message(name));

    [Fact]
    public void Functions_imported_from_fs_promises_return_promises()
    {
        const string Imports = "import { writeFile, constants } from 'node:fs/promises';\nimport * as fsp from 'fs/promises';\nimport { readFileSync } from 'fs';\n";
        var (text, spans) = Markup.Parse(Imports + "[|writeFile('a.txt', 'a')|];\n[|fsp.rm('a.txt')|];\nreadFileSync('a.txt');\nconsole.log(constants);\n");
        var diagnostics = RuleTester.Run(Rule, text);
        Assert.Equal(spans, diagnostics.Select(d => d.Span));
        Assert.Equal([Message("writeFile"), Message("fsp.rm")], diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void A_method_whose_whole_body_is_a_try_catch_cannot_reject()
    {
        const string Code = """
            @Controller()
            export class AppController {
              constructor(private readonly rates: RatesService) {
                this.initialize();
                [|this.refresh()|];
              }

              private async initialize(): Promise<void> {
                try {
                  await this.rates.load();
                } catch {}
              }

              private async refresh(): Promise<void> {
                try {
                  await this.rates.load();
                } catch (error) {
                  throw new Error('refresh failed', { cause: error });
                }
              }
            }
            """;
        RuleTester.Invalid(Rule, Code, Message("this.refresh"));
    }

    [Fact]
    public void Nest_main_ts_bootstrap_is_reported_with_the_void_or_catch_help()
    {
        const string Main = "async function bootstrap(): Promise<void> {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n}\n";
        RuleTester.Invalid(Rule, Main + "[|bootstrap()|];\n", Message("bootstrap"), "src/main.ts");
        var help = Assert.Single(RuleTester.Run(Rule, Main + "bootstrap();\n", "src/main.ts")).Help;
        Assert.Equal("Write 'void bootstrap();' or 'bootstrap().catch(...)' and log the error before exiting.", help);
        RuleTester.Valid(Rule, Main + "void bootstrap();\n", "src/main.ts");
        RuleTester.Valid(Rule, Main + "bootstrap().catch((error: unknown) => {\n  Logger.error(error);\n  process.exit(1);\n});\n", "src/main.ts");
    }

    [Fact]
    public void Nest_service_with_model_own_methods_and_fields()
    {
        const string Code = """
            @Injectable()
            export class UsersService {
              private readonly logger = new Logger(UsersService.name);

              constructor(
                @InjectModel(User.name) private readonly users: Model<User>,
                private readonly audit: AuditLog,
              ) {}

              async touch(id: string): Promise<void> {
                await this.users.updateOne({ _id: id }, { $set: { seenAt: new Date() } }).exec();
              }

              refresh(): Promise<number> {
                return this.users.countDocuments().exec();
              }

              login(id: string): void {
                [|this.touch(id)|];
                [|this.refresh()|];
                [|this.users.deleteMany({ expired: true }).exec()|];
                [|this.users.updateOne({ _id: id }, { $inc: { logins: 1 } })|];
                this.users.find().cursor();
                this.users.hydrate({ _id: id });
                this.logger.log('login');
                this.audit.write(id);
                void this.touch(id);
                this.refresh().catch((error: unknown) => this.logger.error(error));
              }
            }
            """;
        var expected = new[] { "this.touch", "this.refresh", "this.users.deleteMany", "this.users.updateOne" };
        var (text, spans) = Markup.Parse(Code);
        var diagnostics = RuleTester.Run(Rule, text);
        Assert.Equal(spans, diagnostics.Select(d => d.Span));
        Assert.Equal(expected.Select(Message), diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void A_method_of_an_injected_service_declared_in_another_file_is_resolved()
    {
        const string UsersService = """
            @Injectable()
            export class UsersService {
              async touchLastLogin(id: string, at: Date): Promise<void> {}
              name(id: string): string { return id; }
            }
            """;
        const string AuthService = """
            @Injectable()
            export class AuthService {
              constructor(private readonly usersService: UsersService) {}

              login(id: string): void {
                [|this.usersService.touchLastLogin(id, new Date())|];
                this.usersService.name(id);
              }
            }
            """;
        AsyncRuleTester.Invalid(Rule, Message("this.usersService.touchLastLogin"), ("src/users/users.service.ts", UsersService), ("src/auth/auth.service.ts", AuthService));
    }

    [Fact]
    public void A_class_name_declared_twice_is_not_guessed()
    {
        const string First = "export class Mailer { async send(): Promise<void> {} }";
        const string Second = "export class Mailer { send(): void {} }";
        const string User = "export class Signup { constructor(private readonly mailer: Mailer) {}\n  run(): void { this.mailer.send(); } }";
        AsyncRuleTester.Invalid(Rule, Message("this.mailer.send"), ("src/a/mailer.ts", First), ("src/b/mailer.ts", Second), ("src/signup.ts", User));
    }
}
