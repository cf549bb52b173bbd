using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AggloDashboard.Data.Store.Migrations
{
    /// <inheritdoc />
    public partial class UserLockoutAndSecurityStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FailedSignIns",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "FirstFailedSignInAtUtcTicks",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LockedUntilUtcTicks",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "Users",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Existing users get a stamp of their own; their old cookies carry none and sign them in no more.
            migrationBuilder.Sql("UPDATE Users SET SecurityStamp = upper(hex(randomblob(16)));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailedSignIns",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "FirstFailedSignInAtUtcTicks",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "LockedUntilUtcTicks",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "Users");
        }
    }
}
