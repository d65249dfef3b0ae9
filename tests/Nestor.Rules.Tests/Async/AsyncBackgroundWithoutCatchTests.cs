using Nestor.Rules.Async;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Async;

public sealed class AsyncBackgroundWithoutCatchTests
{
    private const string Declarations = "async function send(): Promise<void> {}\n";
    private static readonly AsyncBackgroundWithoutCatch Rule = new();

    [Theory]
    [InlineData("setInterval(() => void send().catch(() => undefined), 1000);")]
    [InlineData("setInterval(() => void send().then(() => 1, () => 0), 1000);")]
    [InlineData("function handler(): void { void send(); }")]
    [InlineData("setInterval(() => void unknownCall(), 1000);")]
    [InlineData("class Jobs {\n  @Cron('* * * * *')\n  async run(): Promise<void> {\n    await send();\n  }\n}")]
    [InlineData("class Jobs {\n  @Get()\n  list(): void {\n    void send();\n  }\n}")]
    [InlineData("class Jobs {\n  @Cron('* * * * *')\n  run(): void {\n    void send().catch((error: unknown) => log(error));\n  }\n}")]
    public void Valid(string code) => RuleTester.Valid(Rule, Declarations + code);

    [Theory]
    [InlineData("setInterval(() => [|void send()|], 1000);", "'void send(...)' in a 'setInterval' callback leaves its rejection unhandled.")]
    [InlineData("setTimeout(() => {\n  [|void send().finally(() => done())|];\n}, 10);", "'void send(...)' in a 'setTimeout' callback leaves its rejection unhandled.")]
    [InlineData("class Jobs {\n  @Cron('* * * * *')\n  run(): void {\n    [|void send()|];\n  }\n}", "'void send(...)' in the @Cron handler 'run' leaves its rejection unhandled.")]
    [InlineData("class Jobs {\n  @Interval(1000)\n  tick(): void {\n    items.forEach(() => [|void send()|]);\n  }\n}", "'void send(...)' in the @Interval handler 'tick' leaves its rejection unhandled.")]
    public void Invalid(string markup, string message) => RuleTester.Invalid(Rule, Declarations + markup, message);

    [Fact]
    public void Nest_event_listener_calling_a_service_declared_in_another_file()
    {
        const string MailService = """
            @Injectable()
            export class MailService {
              async sendOrderConfirmation(email: string, number: string): Promise<void> {}
              format(number: string): string { return number; }
            }
            """;
        const string Listener = """
            @Injectable()
            export class OrderCreatedListener {
              private readonly logger = new Logger(OrderCreatedListener.name);

              constructor(private readonly mailService: MailService) {}

              @OnEvent(ORDER_CREATED)
              handle(event: OrderCreatedEvent): void {
                [|void this.mailService.sendOrderConfirmation(event.customerEmail, event.number)|];
                void this.mailService.format(event.number);
              }

              @OnEvent(ORDER_CANCELLED)
              cancelled(event: OrderCreatedEvent): void {
                void this.mailService.sendOrderConfirmation(event.customerEmail, event.number).catch((error: unknown) => this.logger.error(error));
              }

              notify(event: OrderCreatedEvent): void {
                void this.mailService.sendOrderConfirmation(event.customerEmail, event.number);
              }
            }
            """;
        AsyncRuleTester.Invalid(
            Rule,
            "'void this.mailService.sendOrderConfirmation(...)' in the @OnEvent handler 'handle' leaves its rejection unhandled.",
            ("src/mail/mail.service.ts", MailService),
            ("src/orders/listeners/order-created.listener.ts", Listener));
    }

    [Fact]
    public void Docs_examples_behave_as_labelled()
    {
        var docs = AsyncBackgroundWithoutCatch.Rule.Docs;
        var incorrect = Block(docs, "Incorrect:");
        var correct = Block(docs, "Correct:");
        Assert.Equal(
            ["'void this.notify(...)' in the @OnEvent handler 'handle' leaves its rejection unhandled."],
            RuleTester.Run(Rule, incorrect).Select(d => d.Message));
        RuleTester.Valid(Rule, correct);
    }

    private static string Block(string docs, string label)
    {
        var start = docs.IndexOf("```ts\n", docs.IndexOf(label, StringComparison.Ordinal), StringComparison.Ordinal) + "```ts\n".Length;
        return docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];
    }
}
