using Nestor.Rules.Async;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Async;

public sealed class NoMisusedPromiseTests
{
    private const string ForEach = "'forEach' does not wait for the promise of an async callback, nor handle its rejection.";
    private static readonly NoMisusedPromise Rule = new();

    [Theory]
    [InlineData("items.forEach((item) => log(item));")]
    [InlineData("async function run() { for (const item of items) { await save(item); } }")]
    [InlineData("async function run() { await Promise.all(items.map(async (item) => save(item))); }")]
    [InlineData("items.filter((item) => item.active);")]
    [InlineData("setInterval(() => void tick(), 1000);")]
    [InlineData("setTimeout(async () => {\n  try {\n    await tick();\n  } catch (error) {\n    log(error);\n  }\n}, 10);")]
    [InlineData("process.on('SIGTERM', async () => {\n  try {\n    await app.close();\n  } catch (error) {\n    log(error);\n  }\n});")]
    [InlineData("app.get('/health', async (req, res) => { res.send(await check()); });")]
    [InlineData("this.eventEmitter.on('order.created', async (event) => { await mail(event); });")]
    [InlineData("socket.on('message', async (data) => { await handle(data); });")]
    [InlineData("promise.then(async (value) => { await save(value); });")]
    [InlineData("forEach(async (item) => save(item));")]
    public void Valid(string code) => RuleTester.Valid(Rule, code);

    [Theory]
    [InlineData("items.forEach([|async (item) =>|] { await save(item); });", ForEach)]
    [InlineData("items.forEach([|async function (item)|] { await save(item); });", ForEach)]
    [InlineData("items.forEach([|async (item): Promise<void> =>|] save(item));", ForEach)]
    [InlineData("items.filter([|async (item) =>|] isActive(item));", "'filter' treats the promise of an async callback as always true.")]
    [InlineData("items.some([|async (item) =>|] isActive(item));", "'some' treats the promise of an async callback as always true.")]
    [InlineData("setInterval([|async () =>|] { await tick(); }, 1000);", "'setInterval' ignores the promise of an async callback: a rejection is unhandled.")]
    [InlineData("setTimeout([|async () =>|] tick(), 10);", "'setTimeout' ignores the promise of an async callback: a rejection is unhandled.")]
    [InlineData("process.on('SIGTERM', [|async () =>|] { await app.close(); });", "'on' ignores the promise of an async listener: a rejection is unhandled.")]
    [InlineData("process.once('beforeExit', [|async function ()|] { await flush(); });", "'once' ignores the promise of an async listener: a rejection is unhandled.")]
    [InlineData("setTimeout([|async () =>|] {\n  try {\n    await tick();\n  } catch (error) {\n    throw error;\n  }\n}, 10);", "'setTimeout' ignores the promise of an async callback: a rejection is unhandled.")]
    public void Invalid(string markup, string message) => RuleTester.Invalid(Rule, markup, message);

    [Fact]
    public void Nest_job_with_method_references_and_an_emitter_field()
    {
        const string Code = """
            @Injectable()
            export class ExpirePendingOrdersJob {
              private readonly logger = new Logger(ExpirePendingOrdersJob.name);
              private readonly events: EventEmitter;

              constructor(private readonly orders: OrdersService) {
                this.events = new EventEmitter();
                this.events.on('expired', [|this.notify.bind(this)|]);
                this.events.on('failed', this.report.bind(this));
              }

              @Cron(CronExpression.EVERY_MINUTE, { waitForCompletion: true })
              async run(): Promise<void> {
                const expired = await this.orders.expirePending();
                expired.forEach([|async (order) =>|] {
                  await this.notify(order);
                });
                expired.forEach([|this.notify|]);
                expired.forEach((order) => this.logger.log(order.id));
                await Promise.all(expired.map((order) => this.notify(order)));
              }

              private async notify(order: Order): Promise<void> {
                await this.orders.sendExpiryMail(order);
              }

              private report(error: Error): void {
                this.logger.error(error);
              }
            }
            """;
        var (text, spans) = Markup.Parse(Code);
        var diagnostics = RuleTester.Run(Rule, text);
        Assert.Equal(spans, diagnostics.Select(d => d.Span));
        Assert.Equal(["'on' ignores the promise of an async listener: a rejection is unhandled.", ForEach, ForEach], diagnostics.Select(d => d.Message));
    }
}
