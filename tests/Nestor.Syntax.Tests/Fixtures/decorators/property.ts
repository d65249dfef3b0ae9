class CreateCatDto {
  @IsString()
  @MaxLength(50)
  readonly name: string;

  @IsInt() @Min(0) age!: number;
}
