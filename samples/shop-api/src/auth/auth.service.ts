import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcryptjs';
import { CLOCK, type Clock } from '@common/clock/clock';
import { MailService } from '../mail/mail.service';
import { UserResponseDto } from '../users/dto/user-response.dto';
import { UsersService } from '../users/users.service';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { TokenResponseDto } from './dto/token-response.dto';
import { JwtPayload } from './jwt-payload';

const BCRYPT_ROUNDS = 12;

@Injectable()
export class AuthService {
  constructor(
    private readonly usersService: UsersService,
    private readonly jwtService: JwtService,
    private readonly mailService: MailService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(dto: RegisterDto): Promise<UserResponseDto> {
    const passwordHash = await bcrypt.hash(dto.password, BCRYPT_ROUNDS);
    const user = await this.usersService.create({ email: dto.email, passwordHash, displayName: dto.displayName });
    await this.mailService.sendWelcome(user.email, user.displayName);
    return UserResponseDto.from(user);
  }

  async login(dto: LoginDto): Promise<TokenResponseDto> {
    const user = await this.usersService.findByEmail(dto.email);
    const passwordMatches = user !== null && (await bcrypt.compare(dto.password, user.password));
    if (!user || !passwordMatches) {
      throw new UnauthorizedException('Invalid email or password');
    }
    this.usersService.touchLastLogin(user.id as string, this.clock.now());
    const payload: JwtPayload = { sub: user.id as string, role: user.role };
    return new TokenResponseDto(await this.jwtService.signAsync(payload));
  }
}
