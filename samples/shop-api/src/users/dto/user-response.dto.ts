import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../role.enum';
import { UserDocument } from '../schemas/user.schema';

/** What the API shows of a user: never the password hash. */
export class UserResponseDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: Role })
  role: Role;

  @ApiProperty()
  createdAt: Date;

  static from(user: UserDocument): UserResponseDto {
    const dto = new UserResponseDto();
    dto.id = user.id as string;
    dto.email = user.email;
    dto.displayName = user.displayName;
    dto.role = user.role;
    dto.createdAt = user.createdAt;
    return dto;
  }
}
