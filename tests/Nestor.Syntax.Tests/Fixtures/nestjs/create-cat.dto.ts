import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsMongoId, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export class VaccinationDto {
  @IsString()
  readonly vaccine!: string;

  @Type(() => Date)
  readonly date!: Date;
}

export class CreateCatDto {
  @ApiProperty({ example: 'Tom', maxLength: 50 })
  @IsString()
  @MaxLength(50)
  readonly name!: string;

  @ApiProperty({ required: false, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(40)
  readonly age?: number;

  @IsString()
  readonly breed!: string;

  @IsMongoId()
  readonly ownerId!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => VaccinationDto)
  readonly vaccinations?: VaccinationDto[];
}

export class UpdateCatDto extends PartialType(CreateCatDto) {}
