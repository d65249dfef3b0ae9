using Nestor.Rules.Lifecycle;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Lifecycle;

public sealed class SubscriptionWithoutCleanupTests
{
    private const string Dropped = "The subscription to this endless observable is dropped, so no shutdown hook can unsubscribe it.";
    private static readonly SubscriptionWithoutCleanup Rule = new();

    private static string Stored(string field) => $"The subscription in 'this.{field}' is never unsubscribed in onModuleDestroy, beforeApplicationShutdown or onApplicationShutdown.";

    [Theory]
    [InlineData("@Injectable()\nclass A {\n  private pings?: Subscription;\n  start(): void { this.pings = interval(10).subscribe(() => 1); }\n  onModuleDestroy(): void { this.pings?.unsubscribe(); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  start(): void { interval(10).pipe(take(1)).subscribe(() => 1); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  start(): void { interval(10).pipe(map((n) => n * 2), takeUntil(this.destroyed$)).subscribe(() => 1); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  start(): void { fromEvent(emitter, 'x').pipe(first()).subscribe(() => 1); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  start(): void { timer(1000).subscribe(() => 1); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  start(): void { this.http.get('/x').subscribe((r) => log(r)); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  watch(): Subscription { return interval(10).subscribe(() => 1); }\n}")]
    [InlineData("@Injectable()\nclass A {\n  private readonly subscriptions = new Subscription();\n  start(): void { this.subscriptions.add(interval(10).subscribe(() => 1)); }\n}")]
    [InlineData("@Injectable()\nclass LoggingInterceptor {\n  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {\n    return next.handle().pipe(tap(() => log('done')));\n  }\n}")]
    [InlineData("class Plain {\n  start(): void { interval(10).subscribe(() => 1); }\n}")]
    public void Valid(string code) => RuleTester.Valid(Rule, code);

    [Theory]
    [InlineData("@Injectable()\nclass A {\n  start(): void { [|interval(10).subscribe(() => 1)|]; }\n}", Dropped)]
    [InlineData("@Injectable()\nclass A {\n  start(): void { [|timer(0, 10).pipe(map((n) => n + 1)).subscribe()|]; }\n}", Dropped)]
    [InlineData("@WebSocketGateway()\nclass A {\n  constructor() { [|fromEvent(process, 'message').subscribe(() => 1)|]; }\n}", Dropped)]
    [InlineData("@Injectable()\nclass A {\n  private pings?: Subscription;\n  start(): void { this.pings = [|interval(10).subscribe(() => 1)|]; }\n}", "The subscription in 'this.pings' is never unsubscribed in onModuleDestroy, beforeApplicationShutdown or onApplicationShutdown.")]
    public void Invalid(string markup, string message) => RuleTester.Invalid(Rule, markup, message);

    [Fact]
    public void Nest_health_service_with_several_members()
    {
        const string Code = """
            @Injectable()
            export class HealthService implements OnModuleInit, OnModuleDestroy {
              private readonly logger = new Logger(HealthService.name);
              private metrics?: Subscription;
              private audits?: Subscription;

              constructor(private readonly http: HttpService) {}

              onModuleInit(): void {
                [|interval(PING_INTERVAL_MS).subscribe(() => {
                  this.ping().catch((error: unknown) => this.logger.warn(String(error)));
                })|];
                this.metrics = interval(60_000).subscribe(() => this.flush());
                this.audits = interval(3_600_000).subscribe(() => this.flush());
                this.http.get('/warmup').subscribe();
              }

              onModuleDestroy(): void {
                this.stop();
              }

              private stop(): void {
                this.metrics?.unsubscribe();
              }

              private flush(): void {
                this.logger.log('flush');
              }

              private async ping(): Promise<void> {}
            }
            """;
        var (text, spans) = Markup.Parse(Code);
        var diagnostics = RuleTester.Run(Rule, text);
        Assert.Equal([Dropped, Stored("audits")], diagnostics.Select(d => d.Message));
        Assert.Equal(spans[0], diagnostics[0].Span);
        Assert.Equal("interval(3_600_000).subscribe(() => this.flush())", text.Substring(diagnostics[1].Span.Start, diagnostics[1].Span.Length));
    }
}
