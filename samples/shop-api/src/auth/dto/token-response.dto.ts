import { ApiProperty } from '@nestjs/swagger';

export class TokenResponseDto {
  @ApiProperty()
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType = 'Bearer';

  constructor(accessToken: string) {
    this.accessToken = accessToken;
  }
}
