using Nestor.Rules.Security;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Security;

public sealed class HardcodedSecretTests
{
    private static readonly HardcodedSecret Rule = new();

    [Theory]
    [InlineData("JwtModule.register({ secret: process.env.JWT_SECRET });")]
    [InlineData("new Strategy({ usernameField: 'email', passwordField: 'password' });")]
    [InlineData("const message = { error: 'Invalid password' };")]
    [InlineData("const secret = '';")]
    [InlineData("const port = process.env.PORT || '3000';")]
    [InlineData("this.jwtService.sign(payload);")]
    [InlineData("const token = jwt.sign(payload, config.secret);")]
    public void Valid(string code) => RuleTester.Valid(Rule, code);

    [Fact]
    public void A_secret_property() =>
        RuleTester.Invalid(Rule, "JwtModule.register({ secret: [|'change-me'|], signOptions: { expiresIn: '1h' } });", "Hard-coded value for 'secret'.");

    [Fact]
    public void A_passport_secret_or_key() =>
        RuleTester.Invalid(Rule, "super({ jwtFromRequest: extract, secretOrKey: [|'dev-key'|] });", "Hard-coded value for 'secretOrKey'.");

    [Fact]
    public void A_constant() => RuleTester.Invalid(Rule, "const JWT_SECRET = [|'s3cr3t'|];", "Hard-coded value for 'JWT_SECRET'.");

    [Fact]
    public void A_key_passed_to_sign() => RuleTester.Invalid(Rule, "const t = jwt.sign(payload, [|'s3cr3t'|]);", "Hard-coded key passed to sign().");

    [Fact]
    public void An_environment_fallback() =>
        RuleTester.Invalid(Rule, "const key = process.env.JWT_SECRET ?? [|'dev-secret'|];", "Hard-coded fallback for process.env.JWT_SECRET.");

    [Fact]
    public void Tests_are_not_checked() => RuleTester.Valid(Rule, "const password = 'hunter2';", "src/auth/auth.service.spec.ts");
}

public sealed class PermissiveCorsTests
{
    private static readonly PermissiveCors Rule = new();

    [Theory]
    [InlineData("app.enableCors({ origin: ['https://shop.example.com'], credentials: true });")]
    [InlineData("app.enableCors({ origin: '*' });")]
    [InlineData("const app = await NestFactory.create(AppModule, { cors: { origin: allowed } });")]
    [InlineData("enableCors();")]
    public void Valid(string code) => RuleTester.Valid(Rule, code);

    [Fact]
    public void Enable_cors_without_options() =>
        RuleTester.Invalid(Rule, "async function b() { const app = await NestFactory.create(AppModule); [|app.enableCors|](); }", "enableCors() without options allows every origin.");

    [Fact]
    public void Cors_true_in_the_factory() =>
        RuleTester.Invalid(Rule, "NestFactory.create(AppModule, { cors: [|true|] });", "'cors: true' allows every origin.");

    [Theory]
    [InlineData("app.enableCors({ origin: [|true|], credentials: true });")]
    [InlineData("app.enableCors({ credentials: true, origin: [|'*'|] });")]
    [InlineData("NestFactory.create(AppModule, { cors: { origin: [|'*'|], credentials: true } });")]
    public void Any_origin_with_credentials(string markup) =>
        RuleTester.Invalid(Rule, markup, "Any origin together with 'credentials: true' lets every site call the API with its visitors' cookies.");
}

/// <summary>Cases met on real projects that are not secrets.</summary>
public sealed class HardcodedSecretRealCodeTests
{
    private static readonly HardcodedSecret Rule = new();

    [Theory]
    [InlineData("throw this.invalidLoginException({ password: 'incorrectPassword' });")]
    [InlineData("throw new UnprocessableEntityException({ errors: { password: 'incorrectPassword' } });")]
    [InlineData("export const API_KEY = '<API_KEY>';")]
    [InlineData("const config = { apiKey: '${NOVU_API_KEY}' };")]
    [InlineData("const masked = { secretKey: '********' };")]
    [InlineData("const hint = { password: 'must contain a digit' };")]
    public void Messages_placeholders_and_error_payloads_are_not_secrets(string code) => RuleTester.Valid(Rule, code);

    [Theory]
    [InlineData("src/auth/e2e/login.e2e.ts")]
    [InlineData("apps/api/src/app/testing/seed-data.usecase.ts")]
    [InlineData("load-tests/sign-in.k6.js")]
    [InlineData("libs/ui/src/code-block.stories.tsx")]
    [InlineData("src/billing/limits.e2e-ee.ts")]
    public void Tests_fixtures_and_load_tests_are_not_checked(string path) =>
        RuleTester.Valid(Rule, "const user = { email: 'a@b.c', password: 'hunter22' };", path);

    [Fact]
    public void A_readable_placeholder_that_the_code_would_sign_with_is_still_reported() =>
        RuleTester.Invalid(Rule, "JwtModule.register({ secret: [|'your-secret-key'|] });", "Hard-coded value for 'secret'.");

    [Fact]
    public void A_credential_inside_a_non_error_call_is_still_reported() =>
        RuleTester.Invalid(Rule, "Sequelize.init({ username: 'root', password: [|'root'|] });", "Hard-coded value for 'password'.");
}
